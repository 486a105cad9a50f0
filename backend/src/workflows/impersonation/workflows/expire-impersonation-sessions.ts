import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { expireImpersonationSessionsStep, type ExpireImpersonationSessionsInput } from "../steps"

/** Lapsed active sessions → expired (job every minute; the store guard for the one it just refused). */
export const expireImpersonationSessionsWorkflow = createWorkflow(
  "expire-impersonation-sessions",
  (input: ExpireImpersonationSessionsInput) => {
    const expired = expireImpersonationSessionsStep(input)
    emitEventStep({
      eventName: "impersonation.ended",
      data: transform({ expired }, ({ expired }) => expired.map((id) => ({ id }))),
    })
    return new WorkflowResponse(expired)
  }
)
