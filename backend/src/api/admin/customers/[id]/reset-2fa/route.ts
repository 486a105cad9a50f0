import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resetCustomerTwoFactorWorkflow, securityOverview } from "../../../../../workflows/account"
import type { AdminCustomerReasonType } from "../../validators"

/** POST /admin/customers/:id/reset-2fa (reason required): every second factor off, customer emailed. Logged in the admin action log. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCustomerReasonType>, res: MedusaResponse) => {
  await securityOverview(req.scope, req.params.id, { events: 0 })
  await resetCustomerTwoFactorWorkflow(req.scope).run({
    input: { customer_id: req.params.id, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id },
  })
  res.json({ security: await securityOverview(req.scope, req.params.id, { events: 50, admin: true }) })
}
