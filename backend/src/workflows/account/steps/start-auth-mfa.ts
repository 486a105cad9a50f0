import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { authService } from "../utils/identity"

/**
 * Starts setting a factor up (pending until its first code is confirmed).
 * `replace_pending` turns an abandoned TOTP set-up (QR shown, never
 * confirmed) off first, so it doesn't block a new one. Compensation turns
 * the new pending factor off.
 */
export const startAuthMfaStep = createStep(
  "start-auth-mfa",
  async (
    input: { auth_identity_id: string; provider: string; label?: string | null; issuer?: string; metadata?: Record<string, unknown> | null; replace_pending: boolean },
    { container }
  ) => {
    const auth = authService(container)
    if (input.replace_pending) {
      const pending = await auth.listAuthMfa({ auth_identity_id: input.auth_identity_id, provider: input.provider, status: "pending" })
      for (const factor of pending) {
        await auth.disableAuthMfa({ id: factor.id })
      }
    }
    const enrollment = await auth.startAuthMfa({
      auth_identity_id: input.auth_identity_id,
      provider: input.provider,
      label: input.label,
      issuer: input.issuer,
      metadata: input.metadata,
    })
    return new StepResponse(
      { mfa_factor: enrollment.mfa, secret: enrollment.secret, otpauth_url: enrollment.otpauth_url },
      (enrollment.mfa as { id: string }).id
    )
  },
  async (id, { container }) => {
    if (id) {
      await authService(container).disableAuthMfa({ id })
    }
  }
)
