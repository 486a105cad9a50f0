import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payLaterConfig } from "../../../lib/pay-later"
import { emit, notify, service } from "../utils/lifecycle"

/** The renewal invoice email with its pay link, and the event (last: sending can't be undone). */
export const notifyRenewalIssuedStep = createStep(
  "notify-renewal-issued",
  async (input: { subscription_id: string; unpaid: { id: string; display_id: number; total: number; currency_code: string; due_at: string } | null }, { container }) => {
    if (!input.unpaid) {
      return new StepResponse(false)
    }
    const sub = await service(container).retrieveSubscription(input.subscription_id)
    await notify(container, sub, "renewal_issued", `renewal_issued:${input.unpaid.id}`, {
      order: input.unpaid,
      instructions: payLaterConfig().instructions,
    })
    await emit(container, "renewal_issued", sub.id)
    return new StepResponse(true)
  }
)
