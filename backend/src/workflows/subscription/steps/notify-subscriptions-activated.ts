import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emit, notify, service } from "../utils/lifecycle"

/** Activation email and event per new subscription (last: sending can't be undone). */
export const notifySubscriptionsActivatedStep = createStep(
  "notify-subscriptions-activated",
  async (input: { ids: string[] }, { container }) => {
    for (const id of input.ids) {
      const sub = await service(container).retrieveSubscription(id)
      await notify(container, sub, "subscription_activated", `subscription_activated:${id}`)
      await emit(container, "created", id)
    }
    return new StepResponse(input.ids.length)
  }
)
