import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { service } from "../utils/lifecycle"

export type OverdueOrder = {
  subscription_id: string
  order: { id: string; display_id: number; total: number; currency_code: string; due_at: string; kind: "first" | "renewal" | "upgrade" } | null
  /** the subscription was waiting for this order to start: it is cancelled with it */
  cancels_subscription: boolean
  /** Medusa's order is cancelled already (by an admin): only the subscription follows */
  order_cancelled: boolean
}

/**
 * Finds the subscription's unpaid order if it is past its due date at
 * `asOf` (a replay after it was paid or cancelled finds nothing).
 */
export const findOverdueOrderStep = createStep(
  "find-overdue-subscription-order",
  async (input: { id: string; asOf: Date }, { container }) => {
    const sub = await service(container).retrieveSubscription(input.id)
    const unpaid = sub.unpaid_order as OverdueOrder["order"]
    const overdue = !!unpaid && new Date(unpaid.due_at).getTime() <= new Date(input.asOf).getTime() && sub.status !== "cancelled"
    let orderCancelled = false
    if (overdue) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: unpaid!.id } })
      orderCancelled = !data[0] || data[0].status === "canceled"
    }
    return new StepResponse<OverdueOrder>({
      subscription_id: sub.id,
      order: overdue ? unpaid : null,
      cancels_subscription: overdue && sub.status === "pending_payment",
      order_cancelled: orderCancelled,
    })
  }
)

/**
 * The unpaid order is gone: a subscription that was waiting for it is
 * cancelled, one that was renewing by it just forgets it (the lifecycle
 * suspends it if its term runs out). Compensation restores the row.
 */
export const closeOverdueOrderStep = createStep(
  "close-overdue-subscription-order",
  async (input: OverdueOrder & { asOf: Date }, { container }) => {
    const asOf = new Date(input.asOf)
    const key = `order_overdue:${input.order!.id}`
    const t = await service(container).transition(input.subscription_id, {
      dedupe_key: key,
      decide: (row) =>
        (row.unpaid_order as { id?: string } | null)?.id !== input.order!.id
          ? null
          : {
              update: input.cancels_subscription
                ? { status: "cancelled", cancelled_at: asOf, unpaid_order: null, payment_due_at: null, auto_renew: false }
                : { unpaid_order: null },
              event: {
                type: input.cancels_subscription ? "cancelled" : "renewal_unpaid",
                note: `Not paid by the due date (order #${input.order!.display_id})`,
                data: { order_id: input.order!.id, due_at: input.order!.due_at },
                at: asOf,
              },
            },
    })
    return new StepResponse(!!t, t ? { id: input.subscription_id, before: t.before, key } : null)
  },
  async (prior, { container }) => {
    if (!prior) {
      return
    }
    const subs = service(container)
    const b = prior.before
    await subs.updateSubscriptions({
      id: prior.id,
      status: b.status,
      cancelled_at: b.cancelled_at,
      unpaid_order: b.unpaid_order,
      payment_due_at: b.payment_due_at,
      auto_renew: b.auto_renew,
    })
    const events = await subs.listSubscriptionEvents({ dedupe_key: prior.key }, { select: ["id"] })
    if (events.length) {
      await subs.deleteSubscriptionEvents(events.map((e) => e.id))
    }
  }
)
