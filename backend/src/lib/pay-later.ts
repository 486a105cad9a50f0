/**
 * "Bank transfer / pay later": Medusa's offline system provider as the
 * customer sees it. The order is placed unpaid; its subscriptions wait in
 * `pending_payment` until an admin records the transfer (Medusa's capture,
 * "Mark as paid"); a job cancels orders still unpaid after the due date.
 * Configured with PAY_LATER_INSTRUCTIONS and PAY_LATER_DUE_DAYS (default 7).
 */
export const PAY_LATER_PROVIDER = "pp_system_default"

export const DEFAULT_PAY_LATER_INSTRUCTIONS =
  "Transfer the amount due to CloudServices Ltd, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, " +
  "with your order number as the reference. Your services start as soon as the payment arrives."

export type PayLaterConfig = { instructions: string; due_days: number }

export function payLaterConfig(env: Record<string, string | undefined> = process.env): PayLaterConfig {
  const days = Number.parseInt(env.PAY_LATER_DUE_DAYS ?? "", 10)
  return {
    instructions: (env.PAY_LATER_INSTRUCTIONS ?? "").trim() || DEFAULT_PAY_LATER_INSTRUCTIONS,
    due_days: Number.isFinite(days) && days > 0 ? days : 7,
  }
}

/** When an order placed at `placedAt` must be paid by. */
export function payLaterDueAt(placedAt: Date | string, config: PayLaterConfig = payLaterConfig()): Date {
  return new Date(new Date(placedAt).getTime() + config.due_days * 86_400_000)
}

/** Whether a payment (or payment session) was made with the pay-later provider. */
export function isPayLater(providerId: string | null | undefined): boolean {
  return providerId === PAY_LATER_PROVIDER
}
