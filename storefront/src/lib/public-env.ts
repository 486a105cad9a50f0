import "server-only"

/** Public (non-secret) keys the payment widgets need, handed to them by server components. */
export type PublicPaymentKey = "NEXT_PUBLIC_STRIPE_KEY" | "NEXT_PUBLIC_PAYPAL_CLIENT_ID"

/**
 * Reads a public key from the server's environment at request time.
 *
 * Next.js inlines `process.env.NEXT_PUBLIC_…` written out in code with the
 * value it had at BUILD time (in server bundles too). A build made without the
 * keys (or with old ones) would then keep that value however the server is
 * started. Reading through a variable name is not inlined, so one build works
 * with the keys of whichever environment runs it (`npm start`, Docker).
 */
export function publicPaymentKey(name: PublicPaymentKey): string {
  const env: Record<string, string | undefined> = process.env
  return (env[name] ?? "").trim()
}
