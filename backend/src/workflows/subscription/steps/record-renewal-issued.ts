import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { service } from "../utils/lifecycle"
import { payLaterDueAt } from "../../../lib/pay-later"
import { loadOrderPayment, unpaidOrderSummary } from "../utils/order-payment"

/**
 * An auto-renewal order was placed. Unpaid (no saved card), the subscription
 * shows it as the order to pay, with its due date; the term is added only
 * when it is paid. Compensation clears it again.
 */
export const recordRenewalIssuedStep = createStep(
  "record-renewal-issued",
  async (input: { subscription_id: string; order_id: string; asOf: Date }, { container }) => {
    const asOf = new Date(input.asOf)
    const order = await loadOrderPayment(container, input.order_id)
    if (!order || order.paid) {
      return new StepResponse({ unpaid: null as ReturnType<typeof unpaidOrderSummary> | null }, null)
    }
    // due counted from the renewal's own time (the job's asOf), like everything in the lifecycle
    const unpaid = unpaidOrderSummary(order, "renewal", payLaterDueAt(asOf).toISOString())
    const key = `renewal_issued:${order.id}`
    const t = await service(container).transition(input.subscription_id, {
      dedupe_key: key,
      decide: (row) => ({
        update: { unpaid_order: unpaid },
        event: {
          type: "renewal_issued",
          note: `Renewal order #${order.display_id} issued unpaid (no saved card), due ${unpaid.due_at.slice(0, 10)}`,
          data: { order_id: order.id, due_at: unpaid.due_at, prior: row.unpaid_order ?? null },
          at: asOf,
        },
      }),
    })
    return new StepResponse({ unpaid: t ? unpaid : null }, t ? { id: input.subscription_id, before: t.before.unpaid_order ?? null, key } : null)
  },
  async (prior, { container }) => {
    if (!prior) {
      return
    }
    const subs = service(container)
    await subs.updateSubscriptions({ id: prior.id, unpaid_order: prior.before })
    const events = await subs.listSubscriptionEvents({ dedupe_key: prior.key }, { select: ["id"] })
    if (events.length) {
      await subs.deleteSubscriptionEvents(events.map((e) => e.id))
    }
  }
)
