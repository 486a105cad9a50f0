import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { parsePaymentMethodRef } from "../../../lib/saved-payment-method"
import { emit, notify, renewForOrderLine, service } from "./lifecycle"

/** Provider used for off-session renewals when no saved card is on file (the offline default). */
const OFFLINE_PROVIDER = "pp_system_default"

/**
 * Renews a subscription with auto-renew on: a renewal order for one term,
 * paid with the saved payment method, through Medusa's own cart workflows.
 * On failure the timeline and the customer learn why; the next run retries
 * until the subscription expires.
 */
export async function autoRenew(container: MedusaContainer, id: string, asOf: Date): Promise<boolean> {
  const subs = service(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sub = await subs.retrieveSubscription(id)
  try {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "email", "billing_address.*", "shipping_address.*"],
      filters: { id: sub.order_id },
    })
    const origin = orders[0]
    const address = (a: Record<string, unknown> | null | undefined) =>
      a
        ? {
            first_name: a.first_name as string,
            last_name: a.last_name as string,
            company: (a.company as string) ?? undefined,
            address_1: a.address_1 as string,
            city: a.city as string,
            postal_code: a.postal_code as string,
            country_code: a.country_code as string,
            phone: (a.phone as string) ?? undefined,
          }
        : undefined
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: sub.region_id,
        customer_id: sub.customer_id,
        email: origin?.email ?? undefined,
        billing_address: address(origin?.billing_address as Record<string, unknown>),
        shipping_address: address((origin?.shipping_address ?? origin?.billing_address) as Record<string, unknown>),
        items: [{ variant_id: sub.variant_id, quantity: 1, metadata: { subscription_id: sub.id, renewal: "auto" } }],
        metadata: { subscription_id: sub.id, renewal: "auto" },
      },
    })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    const pc = Array.isArray(collection) ? collection[0] : collection
    // the card saved for auto-renew is charged off-session through Medusa's payment flow (the
    // Stripe provider confirms the intent with it, see src/modules/payment-stripe); the context
    // carries it because shoppers can set session data but never the context
    const saved = parsePaymentMethodRef(sub.payment_method_ref)
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: pc.id,
        provider_id: saved ? saved.provider_id : OFFLINE_PROVIDER,
        customer_id: sub.customer_id,
        data: {},
        context: saved
          ? ({
              off_session_payment_method: saved.payment_method,
              payment_description: `Renewal of subscription ${sub.id}`,
              payment_metadata: { subscription_id: sub.id, renewal: "auto" },
            } as Record<string, unknown>)
          : undefined,
      },
    })
    const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    const { data: placed } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.metadata"], filters: { id: order.id } })
    const line = placed[0]?.items?.find((i) => (i?.metadata as Record<string, unknown> | null)?.subscription_id === sub.id)
    await renewForOrderLine(container, {
      subscription_id: sub.id,
      customer_id: sub.customer_id,
      line_item_id: line?.id ?? order.id,
      order_id: order.id,
      asOf,
      actor: { actor: "system" },
    })
    return true
  } catch (e) {
    const reason = (e as Error).message.slice(0, 300)
    const key = `renewal_failed:${sub.id}:${asOf.toISOString().slice(0, 10)}`
    if (await subs.recordEvent(sub.id, { type: "renewal_failed", note: reason, at: asOf, dedupe_key: key })) {
      await notify(container, sub, "renewal_failed", key, { reason })
      await emit(container, "renewal_failed", sub.id)
    }
    return false
  }
}
