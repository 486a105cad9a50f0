import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loginLockKey } from "../utils/account-counters"
import { countersService } from "../utils/identity"

/** A right password clears the failure count and any lock (a counter: nothing to undo). */
export const clearLoginFailuresStep = createStep("clear-login-failures", async (input: { email: string }, { container }) => {
  await countersService(container).clearFailures(loginLockKey(input.email))
  return new StepResponse(true)
})
