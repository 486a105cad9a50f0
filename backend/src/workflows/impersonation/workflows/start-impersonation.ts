import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import { createImpersonationSessionStep, signImpersonationTokenStep, validateImpersonationTargetStep } from "../steps"

export type StartImpersonationInput = {
  /** the admin user */
  user_id: string
  customer_id: string
  reason: string
  as_of: Date
  ip?: string | null
  user_agent?: string | null
  /** the impersonation session the request itself came from, if any (refused) */
  acting_impersonation_session_id?: string | null
}

/**
 * An admin starts viewing the store as a customer: a session with the
 * reason, a read-only customer token that expires with it, the action log
 * entry, then `impersonation.started`.
 */
export const startImpersonationWorkflow = createWorkflow("start-impersonation", (input: StartImpersonationInput) => {
  const target = validateImpersonationTargetStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      acting_impersonation_session_id: input.acting_impersonation_session_id ?? null,
    }))
  )
  const session = createImpersonationSessionStep(
    transform({ input, target }, ({ input, target }) => ({
      user_id: input.user_id,
      customer_id: target.customer_id,
      reason: input.reason,
      started_at: input.as_of,
      ip: input.ip ?? null,
      user_agent: input.user_agent ?? null,
    }))
  )
  const token = signImpersonationTokenStep(
    transform({ input, target, session }, ({ input, target, session }) => ({
      session_id: session.id,
      user_id: input.user_id,
      customer_id: target.customer_id,
      auth_identity_id: target.auth_identity_id,
      started_at: session.started_at,
      expires_at: session.expires_at,
    }))
  )
  recordAdminActionStep(
    transform({ input, session }, ({ input, session }) => ({
      actor_type: "user" as const,
      actor_id: input.user_id,
      action: "customer.impersonation_started",
      resource_type: "impersonation_session",
      resource_id: session.id,
      customer_id: session.customer_id,
      reason: input.reason,
      data: { expires_at: session.expires_at },
      ip: input.ip ?? null,
    }))
  )
  emitEventStep({ eventName: "impersonation.started", data: transform({ session }, ({ session }) => ({ id: session.id })) })
  return new WorkflowResponse(transform({ session, token }, ({ session, token }) => ({ session, token })))
})
