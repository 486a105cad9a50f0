const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})

/** "25 Nov 2026, 14:05"; "—" when empty. */
export function formatDateTime(value: string | null | undefined) {
  return value ? dateTimeFormat.format(new Date(value)) : "—"
}

/** "3 min ago", "yesterday": for inbox-style lists (a date beyond a week). */
export function formatRelative(value: string) {
  const seconds = Math.round((new Date(value).getTime() - Date.now()) / 1000)
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" })
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
  ]
  if (Math.abs(seconds) >= 7 * 86400) {
    return dateTimeFormat.format(new Date(value))
  }
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return rtf.format(Math.round(seconds / size), unit)
    }
  }
  return rtf.format(seconds, "second")
}

/** "login_failed" → "Login failed": a readable fallback for codes the UI has no label for. */
export function humanize(code: string) {
  const text = code.replace(/[._]/g, " ").trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}
