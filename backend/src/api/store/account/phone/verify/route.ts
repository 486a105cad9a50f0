import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmPhoneWorkflow, securityOverview } from "../../../../../workflows/account"
import { requestContext } from "../../../../utils/security"
import type { StoreConfirmPhoneType } from "../../validators"

/** POST /store/account/phone/verify — the SMS code proves the number. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreConfirmPhoneType>, res: MedusaResponse) => {
  await confirmPhoneWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code, ...requestContext(req), asOf: new Date(Date.now()) },
  })
  res.json({ security: await securityOverview(req.scope, req.auth_context.actor_id) })
}
