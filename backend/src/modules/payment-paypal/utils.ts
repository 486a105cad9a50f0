import { createHmac, timingSafeEqual } from "node:crypto"
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** Currencies PayPal takes without decimals (its own list, not ISO 4217's). */
const PAYPAL_ZERO_DECIMAL = new Set(["JPY", "HUF", "TWD"])

export function paypalDecimals(currency: string): number {
  return PAYPAL_ZERO_DECIMAL.has(currency.toUpperCase()) ? 0 : 2
}

/** Medusa amount (major units) → PayPal's `value` string, e.g. 49.9 USD → "49.90", 1200 JPY → "1200". */
export function toPayPalValue(amount: BigNumberInput, currency: string): string {
  return MathBN.convert(amount).toFixed(paypalDecimals(currency), 4 /* ROUND_HALF_UP */)
}

/** PayPal's `value` string → number in major units. */
export function fromPayPalValue(value: string | undefined | null): number {
  return Number(value ?? 0)
}

function tagOf(secret: string, sessionId: string, value: string, currency: string) {
  return createHmac("sha256", secret)
    .update(`${sessionId}|${value}|${currency.toUpperCase()}`)
    .digest("hex")
    .slice(0, 32)
}

/**
 * `custom_id` of the orders this module creates: `<session id>.<tag>`, the tag an HMAC of session id,
 * amount and currency keyed with the client secret. PayPal copies it onto captures and authorizations,
 * so a webhook can name the session; orders made client-side with the public client id can't forge it.
 */
export function buildCustomId(secret: string, sessionId: string, value: string, currency: string) {
  return `${sessionId}.${tagOf(secret, sessionId, value, currency)}`
}

/** The session id in a `custom_id`, or null when the tag does not match the amount it travels with. */
export function sessionIdFromCustomId(
  secret: string,
  customId: unknown,
  value: string | undefined,
  currency: string | undefined
): string | null {
  if (typeof customId !== "string" || !value || !currency) {
    return null
  }
  const dot = customId.lastIndexOf(".")
  if (dot <= 0) {
    return null
  }
  const sessionId = customId.slice(0, dot)
  const given = Buffer.from(customId.slice(dot + 1))
  const expected = Buffer.from(tagOf(secret, sessionId, value, currency))
  return given.length === expected.length && timingSafeEqual(given, expected) ? sessionId : null
}
