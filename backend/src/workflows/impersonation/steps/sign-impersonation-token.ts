import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SignImpersonationTokenInput = {
  session_id: string
  user_id: string
  customer_id: string
  auth_identity_id: string | null
  started_at: Date
  expires_at: Date
}

/**
 * A customer token signed like Medusa's own (same secret and options,
 * actor_type customer), carrying the session id: the store guard reads it
 * on every request, refuses writes and stops it when the session ends.
 * It expires with the session. Nothing to undo: a token of a session that
 * was rolled back finds no session and is refused.
 */
export const signImpersonationTokenStep = createStep(
  "sign-impersonation-token",
  async (input: SignImpersonationTokenInput, { container }) => {
    const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const issuedAt = Math.floor(new Date(input.started_at).getTime() / 1000)
    const expiresIn = Math.max(1, Math.floor(new Date(input.expires_at).getTime() / 1000) - issuedAt)
    const token = generateJwtToken(
      {
        actor_id: input.customer_id,
        actor_type: "customer",
        auth_identity_id: input.auth_identity_id ?? "",
        // the admin proved who they are; the customer's second factor is not asked for
        mfa_enabled: false,
        mfa_challenge_completed_at: null,
        app_metadata: { customer_id: input.customer_id },
        user_metadata: {},
        impersonation_session_id: input.session_id,
        impersonator_id: input.user_id,
        iat: issuedAt,
      },
      {
        secret: http.jwtSecret as string,
        expiresIn,
        jwtOptions: http.jwtOptions as Record<string, unknown> | undefined,
      }
    )
    return new StepResponse(token)
  }
)
