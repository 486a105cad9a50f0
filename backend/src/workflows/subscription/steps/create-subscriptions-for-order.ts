import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import { addInterval, type BillingInterval } from "../../../modules/subscription/utils"
import { savedPaymentMethodRef } from "../../../lib/saved-payment-method"
import { renewForOrderLine, service } from "../utils/lifecycle"

type OrderItem = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  product_title?: string | null
  variant_title?: string | null
  unit_price?: unknown
  metadata?: Record<string, unknown> | null
  variant?: { metadata?: Record<string, unknown> | null } | null
}

/**
 * One subscription per service line of a placed order (a line item id can
 * only ever make one); a line that renews a subscription extends it instead.
 */
export const createSubscriptionsForOrderStep = createStep(
  "create-subscriptions-for-order",
  async (input: { order_id: string; asOf: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const subs = service(container)
    const asOf = new Date(input.asOf)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "customer_id",
        "region_id",
        "currency_code",
        "items.id",
        "items.product_id",
        "items.variant_id",
        "items.product_title",
        "items.variant_title",
        "items.unit_price",
        "items.metadata",
        "items.variant.metadata",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.data",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    // a card saved for auto-renew at checkout ("save card" box): renewals charge it off-session
    const paymentMethodRef = savedPaymentMethodRef(
      ((order?.payment_collections ?? []) as any[]).flatMap((pc) => (pc?.payments ?? []) as any[])
    )
    if (!order?.customer_id) {
      return new StepResponse({ created: [] as string[], renewed: [] as string[] }, [] as string[])
    }
    const created: string[] = []
    const renewed: string[] = []
    for (const item of (order.items ?? []) as OrderItem[]) {
      const renewsId = item.metadata?.subscription_id as string | undefined
      if (renewsId) {
        const renewedSub = await renewForOrderLine(container, {
          subscription_id: renewsId,
          customer_id: order.customer_id,
          line_item_id: item.id,
          order_id: order.id,
          asOf,
          actor: { actor: "customer", actor_id: order.customer_id },
        })
        if (renewedSub) {
          renewed.push(renewedSub.id)
        }
        continue
      }
      const meta = item.variant?.metadata ?? {}
      if (!meta.billing_interval || !item.variant_id || !item.product_id) {
        continue
      }
      const [existing] = await subs.listSubscriptions({ line_item_id: item.id }, { select: ["id"] })
      if (existing) {
        continue
      }
      const interval = meta.billing_interval as BillingInterval
      const count = Number(meta.billing_interval_count ?? 1)
      const sub = await subs.createSubscriptions({
        customer_id: order.customer_id,
        order_id: order.id,
        line_item_id: item.id,
        product_id: item.product_id,
        variant_id: item.variant_id,
        region_id: order.region_id!,
        product_title: item.product_title ?? "",
        plan: String(meta.plan ?? item.variant_title ?? ""),
        currency_code: order.currency_code,
        amount: Number(item.unit_price ?? 0),
        billing_interval: interval,
        billing_interval_count: count,
        started_at: asOf,
        current_period_start: asOf,
        expires_at: addInterval(asOf, interval, count),
        ...(paymentMethodRef ? { payment_method_ref: paymentMethodRef, auto_renew: true } : {}),
      })
      await subs.recordEvent(sub.id, { type: "created", actor: "customer", actor_id: order.customer_id, note: `Order #${order.display_id}`, data: { order_id: order.id }, at: asOf })
      await subs.recordEvent(sub.id, { type: "activated", at: asOf })
      await link.create({ [SUBSCRIPTION_MODULE]: { subscription_id: sub.id }, [Modules.ORDER]: { order_id: order.id } })
      created.push(sub.id)
    }
    return new StepResponse({ created, renewed }, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await service(container).deleteSubscriptions(created)
    }
  }
)
