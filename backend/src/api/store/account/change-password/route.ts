import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changePasswordWorkflow, securityOverview } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import type { StoreChangePasswordType } from "../validators"

/** POST /store/account/change-password — needs the current password; the customer is emailed. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChangePasswordType>, res: MedusaResponse) => {
  const { email } = await securityOverview(req.scope, req.auth_context.actor_id, { events: 0 })
  await changePasswordWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, email: email!, ...req.validatedBody, ...requestContext(req), asOf: new Date(Date.now()) },
  })
  res.json({ success: true })
}
