import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminVerifyEmailWorkflow, securityOverview } from "../../../../../workflows/account"
import type { AdminCustomerReasonType } from "../../validators"

/** POST /admin/customers/:id/verify-email (reason required): support confirms the address. Logged in the admin action log. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCustomerReasonType>, res: MedusaResponse) => {
  await securityOverview(req.scope, req.params.id, { events: 0 })
  await adminVerifyEmailWorkflow(req.scope).run({
    input: { customer_id: req.params.id, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id, asOf: new Date(Date.now()) },
  })
  res.json({ security: await securityOverview(req.scope, req.params.id, { events: 50, admin: true }) })
}
