import { MedusaError } from "@medusajs/framework/utils"
import { isUnknownProviderError, isWebhookRefusal, VERIFIED_WEBHOOK_PROVIDERS } from "../middlewares"

describe("payment webhook pre-check", () => {
  it("covers every gateway CloudServices registers", () => {
    expect(VERIFIED_WEBHOOK_PROVIDERS).toEqual(["stripe_stripe", "paypal_paypal", "razorpay_razorpay"])
  })

  it("answers 400 for what the provider refused: its UNAUTHORIZED/INVALID_DATA errors and Stripe's signature error", () => {
    expect(isWebhookRefusal(new MedusaError(MedusaError.Types.UNAUTHORIZED, "PayPal webhook refused: stale transmission time"))).toBe(true)
    expect(isWebhookRefusal(new MedusaError(MedusaError.Types.INVALID_DATA, "body is not JSON"))).toBe(true)
    expect(
      isWebhookRefusal(new Error("An error occurred in constructWebhookEvent: Timestamp outside the tolerance zone."))
    ).toBe(true)
  })

  it("answers 503 (deliver again) when the check could not be made", () => {
    const outage = Object.assign(new Error("PayPal verify webhook signature failed (503 SERVICE_UNAVAILABLE)"), { status: 503 })
    expect(isWebhookRefusal(outage)).toBe(false)
    expect(isWebhookRefusal(new TypeError("fetch failed"))).toBe(false)
    expect(isWebhookRefusal(new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "database unavailable"))).toBe(false)
  })

  it("answers 404 (not 503) when Medusa has no such provider registered: a gateway without keys", () => {
    const missing = new Error("\nUnable to retrieve the payment provider with id: pp_stripe_stripe\nPlease make sure that the provider is registered")
    expect(isUnknownProviderError(missing)).toBe(true)
    expect(isUnknownProviderError(new TypeError("fetch failed"))).toBe(false)
  })
})
