/**
 * Turns an error thrown by the js-sdk (a FetchError carrying the backend's
 * `{ message }`) or anything else into one sentence a shopper can read.
 */
export function errorMessage(error: unknown, fallback = "Something went wrong. Please try again.") {
  if (error && typeof error === "object" && "message" in error) {
    const message = String((error as { message: unknown }).message || "").trim()
    if (message && message !== "fetch failed") {
      return message
    }
  }
  return fallback
}

/** The HTTP status of a js-sdk FetchError, if there is one. */
export function errorStatus(error: unknown): number | undefined {
  if (error && typeof error === "object" && "status" in error) {
    const status = Number((error as { status: unknown }).status)
    return Number.isFinite(status) ? status : undefined
  }
  return undefined
}
