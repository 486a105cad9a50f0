import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { activateCustomerWorkflow, securityOverview } from "../../../../../workflows/account"
import type { AdminCustomerOptionalReasonType } from "../../validators"

/** POST /admin/customers/:id/activate: lifts a suspension. Logged in the admin action log. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCustomerOptionalReasonType>, res: MedusaResponse) => {
  await securityOverview(req.scope, req.params.id, { events: 0 })
  await activateCustomerWorkflow(req.scope).run({
    input: { customer_id: req.params.id, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context.actor_id },
  })
  res.json({ security: await securityOverview(req.scope, req.params.id, { events: 50, admin: true }) })
}
