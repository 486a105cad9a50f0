import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generateJwtToken } from "@medusajs/framework/utils"
import { createPasswordResetTokenStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"

/** A customer's reset link works for an hour (Medusa's own default is 15 minutes). */
export const PASSWORD_RESET_TTL_SECONDS = 3600

export type RequestPasswordResetInput = {
  email: string
  actor_type: "customer"
  secret: string
  jwt_options?: Record<string, unknown>
  /** set when an admin sends the link from the dashboard */
  admin?: { actor_id: string; customer_id: string } | null
}

/**
 * Medusa's reset flow with a one-hour, single-use token: the token row is
 * stored hashed, the JWT carries its id, `auth.password_reset` carries the
 * link to the mailer. Unknown emails fail inside and the caller answers the
 * same anyway.
 */
export const requestPasswordResetWorkflow = createWorkflow("request-password-reset", (input: RequestPasswordResetInput) => {
  const email = transform({ input }, ({ input }) => input.email.trim().toLowerCase())
  const resetToken = createPasswordResetTokenStep(
    transform({ email }, ({ email }) => ({ entityId: email, provider: "emailpass", ttlSeconds: PASSWORD_RESET_TTL_SECONDS }))
  )
  const token = transform({ input, email, resetToken }, ({ input, email, resetToken }) =>
    generateJwtToken(
      { entity_id: email, provider: "emailpass", actor_type: input.actor_type, purpose: "reset" },
      {
        secret: input.secret,
        expiresIn: `${PASSWORD_RESET_TTL_SECONDS}s`,
        jwtOptions: { ...(input.jwt_options ?? {}), jwtid: resetToken.jti },
      }
    )
  )
  when({ input }, ({ input }) => !!input.admin).then(() => {
    recordAdminActionStep(
      transform({ input }, ({ input }) => ({
        actor_type: "user" as const,
        actor_id: input.admin!.actor_id,
        action: "customer.password_reset_sent",
        resource_type: "customer",
        resource_id: input.admin!.customer_id,
        customer_id: input.admin!.customer_id,
      }))
    )
  })
  emitEventStep({
    eventName: "auth.password_reset",
    data: transform({ input, email, token }, ({ input, email, token }) => ({ entity_id: email, actor_type: input.actor_type, token, metadata: {} })),
  })
  return new WorkflowResponse(true)
})
