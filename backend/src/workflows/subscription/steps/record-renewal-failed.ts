import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emit, notify, service } from "../utils/lifecycle"

/**
 * An auto-renewal could not be charged: on the timeline once per day, with
 * the customer's email and the event (the email is sent last and can't be
 * undone); the next run retries until the subscription expires.
 */
export const recordRenewalFailedStep = createStep(
  "record-renewal-failed",
  async (input: { id: string; reason: string; asOf: Date }, { container }) => {
    const asOf = new Date(input.asOf)
    const subs = service(container)
    const key = `renewal_failed:${input.id}:${asOf.toISOString().slice(0, 10)}`
    const sub = await subs.retrieveSubscription(input.id)
    if (await subs.recordEvent(sub.id, { type: "renewal_failed", note: input.reason, at: asOf, dedupe_key: key })) {
      await notify(container, sub, "renewal_failed", key, { reason: input.reason })
      await emit(container, "renewal_failed", sub.id)
      return new StepResponse(true)
    }
    return new StepResponse(false)
  }
)
