import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYMENT_LOG_MODULE } from "../../../modules/payment-log"
import type PaymentLogModuleService from "../../../modules/payment-log/service"

export type RecordPaymentFailureInput = {
  /** the gateway's event id, or a hash of the signed body: a replay carries the same key */
  event_key: string
  /** Medusa's provider id, e.g. pp_stripe_stripe */
  provider_id: string
  action: "failed" | "canceled"
  session_id: string
  amount?: number | null
  code?: string | null
  reason?: string | null
  occurred_at: Date | string
}

/**
 * Records a failed or cancelled payment of a cart's payment session, once per
 * provider event. Nothing is recorded for a session Medusa no longer has (a
 * shopper who switched gateways: Medusa cancels the old intent itself) nor a
 * cancellation of a session that was already authorized (Medusa's own
 * cancel/refund flows cover those).
 */
export const recordPaymentFailureStep = createStep(
  "record-payment-failure",
  async (input: RecordPaymentFailureInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const log: PaymentLogModuleService = container.resolve(PAYMENT_LOG_MODULE)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["id", "status", "amount", "currency_code", "provider_id", "payment_collection_id", "authorized_at"],
      filters: { id: input.session_id },
    })
    const session = sessions[0] as
      | { id: string; status: string; amount: unknown; currency_code: string; provider_id: string; payment_collection_id: string; authorized_at: Date | null }
      | undefined
    if (!session || session.provider_id !== input.provider_id) {
      return new StepResponse(null, null)
    }
    if (input.action === "canceled" && (session.authorized_at || ["authorized", "captured"].includes(session.status))) {
      return new StepResponse(null, null)
    }
    const { data: links } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: session.payment_collection_id },
    })
    const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id ?? null
    type CartFacts = { id: string; email?: string | null; customer_id?: string | null }
    let cart: CartFacts | null = null
    if (cartId) {
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "email", "customer_id"],
        filters: { id: cartId },
      })
      cart = (carts[0] as CartFacts | undefined) ?? null
    }
    const failure = await log.recordFailureOnce({
      event_key: input.event_key,
      provider_id: input.provider_id,
      action: input.action,
      payment_session_id: session.id,
      payment_collection_id: session.payment_collection_id,
      cart_id: cart?.id ?? null,
      customer_id: cart?.customer_id ?? null,
      email: cart?.email ?? null,
      amount: input.amount ?? Number(session.amount ?? 0),
      currency_code: session.currency_code,
      code: input.code ?? null,
      reason: input.reason ? input.reason.slice(0, 500) : null,
      occurred_at: new Date(input.occurred_at),
    })
    return new StepResponse(failure ? { id: failure.id } : null, failure?.id ?? null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      const log: PaymentLogModuleService = container.resolve(PAYMENT_LOG_MODULE)
      await log.deletePaymentFailures(createdId)
    }
  }
)
