import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type OtpMethod, type SecondFactorActor, startAuthMfaStep } from "../steps"
import { sendMfaCodeWorkflow } from "./send-mfa-code"

/**
 * Setting a factor up. For a customer an abandoned TOTP set-up is replaced,
 * and an email or SMS factor gets its set-up code sent (`sent_to`).
 */
export const startSecondFactorWorkflow = createWorkflow(
  "start-second-factor",
  (input: SecondFactorActor & { provider: string; label?: string | null; issuer?: string; metadata?: Record<string, unknown> | null }) => {
    const started = startAuthMfaStep(
      transform({ input }, ({ input }) => ({
        auth_identity_id: input.auth_identity_id,
        provider: input.provider,
        label: input.label,
        issuer: input.issuer,
        metadata: input.metadata,
        replace_pending: input.customer && input.provider === "totp",
      }))
    )
    const sent = when({ input }, ({ input }) => input.customer && (input.provider === "email_otp" || input.provider === "sms_otp")).then(() =>
      sendMfaCodeWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          auth_identity_id: input.auth_identity_id,
          method: input.provider as OtpMethod,
          ip: input.ip,
          user_agent: input.user_agent,
        })),
      })
    )
    return new WorkflowResponse(
      transform({ started, sent }, ({ started, sent }) => ({ ...started, ...(sent ? { sent_to: (sent as { sent_to?: string }).sent_to } : {}) }))
    )
  }
)
