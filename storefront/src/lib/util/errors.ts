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

/** "45 seconds", "3 minutes", "2 hours": how long to wait before trying again. */
export function waitText(seconds: number) {
  if (seconds < 60) {
    return `${seconds} second${seconds === 1 ? "" : "s"}`
  }
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) {
    return `${minutes} minute${minutes === 1 ? "" : "s"}`
  }
  const hours = Math.ceil(minutes / 60)
  return `${hours} hour${hours === 1 ? "" : "s"}`
}

/**
 * The sentence to show for a refused backend call: the server's message (or
 * the fallback), plus when to try again for a 429 whose message does not say.
 */
export function refusalMessage(
  answer: { status: number; message: string; retryAfter?: number },
  fallback: string
) {
  let message = answer.message || fallback
  if (answer.status === 429 && answer.retryAfter && !/\d/.test(message)) {
    message = `${message.replace(/\.?$/, ".")} Try again in ${waitText(answer.retryAfter)}.`
  }
  return message
}
