import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import { addInterval, type BillingInterval } from "../../../modules/subscription/utils"
import { savedPaymentMethodRef } from "../../../lib/saved-payment-method"
import { service } from "../utils/lifecycle"
import { lineKind, loadOrderPayment, unpaidOrderSummary } from "../utils/order-payment"

/**
 * One subscription per new service line of a placed order (a line item id
 * can only ever make one), created `pending_payment`: its term starts when
 * the order's payment is captured (applyOrderPaymentWorkflow). Renewal and
 * upgrade lines wait for the payment too. A pay-later order's subscriptions
 * carry the due date after which the order is cancelled.
 */
export const createSubscriptionsForOrderStep = createStep(
  "create-subscriptions-for-order",
  async (input: { order_id: string; asOf: Date }, { container }) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const subs = service(container)
    const asOf = new Date(input.asOf)
    const order = await loadOrderPayment(container, input.order_id)
    if (!order?.customer_id || order.cancelled) {
      return new StepResponse({ created: [] as string[] }, [] as string[])
    }
    // a card saved for auto-renew at checkout ("save card" box): renewals charge it off-session
    const paymentMethodRef = savedPaymentMethodRef(order.payments)
    const created: string[] = []
    for (const item of order.items) {
      if (lineKind(item) !== "new") {
        continue
      }
      const [existing] = await subs.listSubscriptions({ line_item_id: item.id }, { select: ["id"] })
      if (existing) {
        continue
      }
      const meta = item.variant_metadata ?? {}
      const interval = meta.billing_interval as BillingInterval
      const count = Number(meta.billing_interval_count ?? 1)
      const sub = await subs.createSubscriptions({
        status: "pending_payment",
        customer_id: order.customer_id,
        order_id: order.id,
        line_item_id: item.id,
        product_id: item.product_id!,
        variant_id: item.variant_id!,
        region_id: order.region_id!,
        product_title: item.product_title ?? "",
        plan: String(meta.plan ?? item.variant_title ?? ""),
        currency_code: order.currency_code,
        amount: item.unit_price,
        billing_interval: interval,
        billing_interval_count: count,
        // provisional until activation, which starts the term
        started_at: asOf,
        current_period_start: asOf,
        expires_at: addInterval(asOf, interval, count),
        payment_due_at: order.due_at ? new Date(order.due_at) : null,
        unpaid_order: order.due_at ? unpaidOrderSummary(order, "first", order.due_at) : null,
        service_config: serviceConfigOf(item.metadata),
        ...(paymentMethodRef ? { payment_method_ref: paymentMethodRef, auto_renew: true } : {}),
      })
      await subs.recordEvents([
        { subscription_id: sub.id, type: "created", actor: "customer", actor_id: order.customer_id, note: `Order #${order.display_id}`, data: { order_id: order.id }, at: asOf },
        {
          subscription_id: sub.id,
          type: "payment_pending",
          note: order.due_at ? `Awaiting bank transfer, due ${order.due_at.slice(0, 10)}` : "Awaiting payment",
          data: { order_id: order.id, due_at: order.due_at },
          at: asOf,
        },
      ])
      await link.create({ [SUBSCRIPTION_MODULE]: { subscription_id: sub.id }, [Modules.ORDER]: { order_id: order.id } })
      created.push(sub.id)
    }
    return new StepResponse({ created }, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await service(container).deleteSubscriptions(created)
    }
  }
)

/** The options chosen for the line (validated when it was added to the cart), kept by the subscription. */
function serviceConfigOf(metadata: Record<string, unknown> | null) {
  const config = metadata?.service_config
  return config && typeof config === "object" && !Array.isArray(config) ? (config as Record<string, unknown>) : null
}
