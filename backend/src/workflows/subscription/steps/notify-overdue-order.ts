import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emit, notify, service } from "../utils/lifecycle"
import type { OverdueOrder } from "./cancel-overdue-subscription-order"

/** "Cancelled: no payment received" email and event (last: sending can't be undone). */
export const notifyOverdueOrderStep = createStep(
  "notify-overdue-order",
  async (input: OverdueOrder, { container }) => {
    const sub = await service(container).retrieveSubscription(input.subscription_id)
    await notify(container, sub, "order_cancelled_unpaid", `order_cancelled_unpaid:${input.order!.id}`, {
      order: input.order,
      renewal: !input.cancels_subscription,
    })
    if (input.cancels_subscription) {
      await emit(container, "cancelled", sub.id)
    }
    return new StepResponse(true)
  }
)
