/** Shared by the notification provider modules and the delivery workflow. */
/**
 * Provider errors carry whether retrying can help. Medusa wraps provider
 * errors into its own message, so the marker travels in the text.
 */
export const PERMANENT_MARKER = "[permanent]"

export function permanentError(message: string): Error {
  return new Error(`${PERMANENT_MARKER} ${message}`)
}

export function isPermanent(message: string): boolean {
  return message.includes(PERMANENT_MARKER)
}
