/**
 * A country code taken from a form is only trusted as a path segment when it
 * is two letters; anything else (e.g. "/evil.example") falls back.
 */
export function safeCountryCode(value: unknown, fallback = process.env.DEFAULT_COUNTRY_CODE || "us") {
  const code = String(value ?? "").trim().toLowerCase()
  return /^[a-z]{2}$/.test(code) ? code : fallback
}

/** A same-site path to continue to, or null for anything that could leave the site. */
export function safeRelativePath(value: unknown): string | null {
  const path = String(value ?? "")
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) {
    return null
  }
  return path
}
