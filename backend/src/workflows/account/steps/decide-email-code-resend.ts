import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resendWaitSeconds, type EmailCodeState } from "../../../modules/auth-email-code/service"
import { authService, countersService, identityForEmail, normalizeEmail } from "../utils/identity"
import { shadowCodeSent } from "../utils/account-counters"

export type ResendResult = { status: "sent" | "wait"; retry_after: number }
export type ResendDecision = ResendResult & { send: { auth_identity_id: string; customer_id: string | null; email: string } | null }

/**
 * Whether another code goes to an unverified address, within the cooldown
 * and hourly cap; the caller sends it. Unknown and already verified
 * addresses get the same answer with nothing sent, and the same cooldown.
 */
export const decideEmailCodeResendStep = createStep(
  "decide-email-code-resend",
  async (input: { email: string; asOf: Date }, { container }): Promise<StepResponse<ResendDecision>> => {
    const email = normalizeEmail(input.email)
    const now = new Date(input.asOf).getTime()
    const identity = await identityForEmail(container, email)
    const [verification] = identity
      ? await authService(container).listAuthVerifications({ auth_identity_id: identity.auth_identity_id, entity_type: "email" })
      : []
    if (!identity || !verification || verification.verified_at) {
      const first = await countersService(container).claimOnce(`resend:${email}`, 60)
      if (first) {
        await shadowCodeSent(countersService(container), email, now)
      }
      return new StepResponse({ status: first ? "sent" : "wait", retry_after: 60, send: null })
    }
    const wait = resendWaitSeconds(verification.provider_metadata as EmailCodeState | null, now)
    if (wait > 0) {
      return new StepResponse({ status: "wait", retry_after: wait, send: null })
    }
    return new StepResponse({
      status: "sent",
      retry_after: 60,
      send: { auth_identity_id: identity.auth_identity_id, customer_id: identity.customer_id ?? null, email },
    })
  }
)
