import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loginLockKey } from "../utils/account-counters"
import { accountService, countersService, identityForEmail } from "../utils/identity"

/**
 * One more failed sign-in for an email (known or not): the lockout counter
 * and who it belongs to. A counter with a window, not a record: nothing to
 * undo.
 */
export const countLoginFailureStep = createStep("count-login-failure", async (input: { email: string }, { container }) => {
  const failure = await countersService(container).recordFailure(loginLockKey(input.email), accountService(container).lockout)
  const identity = await identityForEmail(container, input.email)
  return new StepResponse({ ...failure, auth_identity_id: identity?.auth_identity_id ?? null, customer_id: identity?.customer_id ?? null })
})
