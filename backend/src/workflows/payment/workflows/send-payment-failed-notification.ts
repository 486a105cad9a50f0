import type { InferTypeOf, PaymentSessionDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type PaymentFailure from "../../../modules/payment-log/models/payment-failure"
import { queueNotificationWorkflow } from "../../notification"

type FailureRow = InferTypeOf<typeof PaymentFailure>
type SessionRow = Pick<PaymentSessionDTO, "id" | "status" | "authorized_at">
/** The cart's fields read for its country. */
type CartRow = {
  shipping_address?: { country_code?: string | null } | null
  billing_address?: { country_code?: string | null } | null
  region?: { countries?: ({ iso_2?: string | null } | null)[] | null } | null
}

/**
 * The shopper's email about a failed or cancelled payment, with a link back
 * to the checkout. One per payment session and kind: a shopper whose card is
 * declined three times in a row gets one email; nothing is sent once the
 * session went through after all (an out-of-order failure event).
 */
export const sendPaymentFailedNotificationWorkflow = createWorkflow(
  "send-payment-failed-notification",
  (input: { id: string }) => {
    const { data: failures } = useQueryGraphStep({
      entity: "payment_failure",
      fields: ["id", "action", "provider_id", "payment_session_id", "cart_id", "customer_id", "email", "amount", "currency_code", "code", "reason"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "load-payment-failure" })
    const sessionId = transform({ failures }, ({ failures }) => {
      // Query's generated types describe the whole model; the fields read here make this row
      const failure = failures[0] as unknown as FailureRow
      return failure.payment_session_id
    })
    const { data: sessions } = useQueryGraphStep({
      entity: "payment_session",
      fields: ["id", "status", "authorized_at"],
      filters: { id: sessionId },
    }).config({ name: "load-payment-session" })
    const cartId = transform({ failures }, ({ failures }) => {
      const failure = failures[0] as unknown as FailureRow
      return failure.cart_id ?? null
    })
    // the storefront's pages live under the country code: link to the cart's country
    const carts = when("has-failed-cart", { cartId }, ({ cartId }) => !!cartId).then(() => {
      const { data } = useQueryGraphStep({
        entity: "cart",
        fields: ["id", "shipping_address.country_code", "billing_address.country_code", "region.countries.iso_2"],
        filters: { id: cartId },
      }).config({ name: "load-failed-cart" })
      return data
    })
    const queued = transform({ failures, sessions, carts }, ({ failures, sessions, carts }) => {
      const failure = failures[0] as unknown as FailureRow
      const session = sessions[0] as unknown as SessionRow | undefined
      const cart: CartRow | null = carts?.[0] ?? null
      if (!failure.email || (session && (session.authorized_at || ["authorized", "captured"].includes(session.status)))) {
        return null
      }
      return {
        template: "payment_failed",
        to: failure.email,
        customer_id: failure.customer_id ?? null,
        idempotency_key: `payment_${failure.action}:${failure.payment_session_id}`,
        data: {
          action: failure.action,
          canceled: failure.action === "canceled",
          amount: Number(failure.amount ?? 0),
          currency_code: failure.currency_code,
          reason: failure.reason ?? null,
          provider: providerLabel(failure.provider_id),
          cart_id: failure.cart_id,
          country_code: cartCountry(cart),
        },
      }
    })
    const detail = when({ queued }, ({ queued }) => !!queued).then(() =>
      queueNotificationWorkflow.runAsStep({ input: transform({ queued }, ({ queued }) => queued!) })
    )
    return new WorkflowResponse(transform({ detail }, ({ detail }) => detail ?? null))
  }
)

function providerLabel(providerId: string): string {
  if (providerId.includes("stripe")) return "card"
  if (providerId.includes("paypal")) return "PayPal"
  if (providerId.includes("razorpay")) return "Razorpay"
  return "payment"
}

/**
 * The cart's country (shipping, else billing address, else one of its region's countries: any of
 * them shows the same region's cart), lower case.
 */
function cartCountry(cart: CartRow | null): string | null {
  const regionCountries = (cart?.region?.countries ?? []).map((c) => c?.iso_2).filter(Boolean)
  const code =
    cart?.shipping_address?.country_code ??
    cart?.billing_address?.country_code ??
    [...regionCountries].sort()[0] ??
    null
  return typeof code === "string" && /^[a-z]{2}$/i.test(code) ? code.toLowerCase() : null
}
