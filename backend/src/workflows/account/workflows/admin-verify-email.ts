import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAdminActionStep } from "../../backoffice"
import { forceEmailVerifiedStep, resolveCustomerIdentityStep } from "../steps"
import { adminAction, type AdminCustomerInput } from "../utils/admin-action"
import { markEmailVerifiedWorkflow } from "./mark-email-verified"

/** Support marks the customer's email verified (e.g. verified by phone). */
export const adminVerifyEmailWorkflow = createWorkflow("admin-verify-email", (input: AdminCustomerInput & { asOf: Date }) => {
  const who = resolveCustomerIdentityStep(input)
  const verifiedAt = forceEmailVerifiedStep(
    transform({ input, who }, ({ input, who }) => ({ auth_identity_id: who.auth_identity_id ?? "", email: who.email, asOf: input.asOf }))
  )
  recordAdminActionStep(transform({ input }, ({ input }) => adminAction(input, "customer.email_verified")))
  markEmailVerifiedWorkflow.runAsStep({
    input: transform({ input, who, verifiedAt }, ({ input, who, verifiedAt }) => ({
      customer_id: input.customer_id,
      auth_identity_id: who.auth_identity_id,
      verified_at: new Date(verifiedAt),
      via: `admin:${input.actor_id}`,
    })),
  })
  return new WorkflowResponse(input.customer_id)
})
