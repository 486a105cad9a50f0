import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emitMany } from "../utils/lifecycle"

/** `subscription.<name>` for each id (last). */
export const emitSubscriptionEventsStep = createStep(
  "emit-subscription-events",
  async (input: { name: string; ids: string[] }, { container }) => {
    await emitMany(container, input.name, input.ids)
    return new StepResponse(input.ids.length)
  }
)
