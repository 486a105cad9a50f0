import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countersService } from "../utils/identity"

/** A successful admin sign-in starts the address's attempt window again (a counter: nothing to undo). */
export const resetRateLimitStep = createStep("reset-rate-limit", async (input: { bucket: string; subject: string }, { container }) => {
  await countersService(container).resetRateLimit(input.bucket, input.subject)
  return new StepResponse(true)
})
