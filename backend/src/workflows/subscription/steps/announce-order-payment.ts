import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emitMany, notifyMany, service } from "../utils/lifecycle"
import type { AppliedPayment } from "./apply-order-payment"

/**
 * Emails and events for what a captured order did (last: sending can't be
 * undone). Keys per subscription and order make a replay send nothing new.
 */
export const announceOrderPaymentStep = createStep(
  "announce-order-payment",
  async (applied: AppliedPayment, { container }) => {
    const ids = [...applied.activated, ...applied.renewed.map((r) => r.id), ...applied.upgraded]
    if (!ids.length) {
      return new StepResponse(0)
    }
    const subs = await service(container).listSubscriptions({ id: ids })
    const byId = new Map(subs.map((s) => [s.id, s]))
    const of = (id: string) => byId.get(id)!
    await notifyMany(container, [
      ...applied.activated.map((id) => ({ sub: of(id), template: "subscription_activated", key: `subscription_activated:${id}` })),
      ...applied.renewed.map((r) => ({ sub: of(r.id), template: "subscription_renewed", key: `renewed:${r.id}:${applied.order_id}` })),
      ...applied.upgraded.map((id) => ({
        sub: of(id),
        template: "plan_changed",
        key: `plan_changed:${id}:${applied.order_id}`,
        data: { from: "your previous plan" },
      })),
    ])
    await emitMany(container, "activated", applied.activated)
    await emitMany(container, "renewed", applied.renewed.map((r) => r.id))
    await emitMany(container, "unsuspended", applied.renewed.filter((r) => r.was_suspended).map((r) => r.id))
    await emitMany(container, "plan_changed", [...applied.upgraded, ...applied.renewed.filter((r) => r.plan_changed).map((r) => r.id)])
    return new StepResponse(ids.length)
  }
)
