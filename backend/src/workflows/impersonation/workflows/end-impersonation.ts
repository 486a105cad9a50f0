import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAdminActionStep } from "../../backoffice"
import { endImpersonationSessionStep } from "../steps"

export type EndImpersonationInput = {
  id: string
  as_of: Date
  /** admin: from the dashboard; storefront: the banner's "End session" (with the session's token) */
  ended_by: "admin" | "storefront"
  /** the admin user who ended it (the session's own admin from the storefront) */
  actor_id: string
  ip?: string | null
}

/** Ends a session (its token is refused from now on), logs it, then `impersonation.ended`. */
export const endImpersonationWorkflow = createWorkflow("end-impersonation", (input: EndImpersonationInput) => {
  const session = endImpersonationSessionStep(
    transform({ input }, ({ input }) => ({ id: input.id, as_of: input.as_of, ended_by: input.ended_by }))
  )
  recordAdminActionStep(
    transform({ input, session }, ({ input, session }) => ({
      actor_type: "user" as const,
      actor_id: input.actor_id,
      action: "customer.impersonation_ended",
      resource_type: "impersonation_session",
      resource_id: session.id,
      customer_id: session.customer_id,
      data: { ended_by: session.ended_by, status: session.status, duration_seconds: session.duration_seconds },
      ip: input.ip ?? null,
    }))
  )
  emitEventStep({ eventName: "impersonation.ended", data: transform({ session }, ({ session }) => ({ id: session.id })) })
  return new WorkflowResponse(session)
})
