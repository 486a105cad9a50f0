import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startPhoneVerificationWorkflow } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import type { StoreStartPhoneType } from "../validators"

/** POST /store/account/phone — an SMS code to the number, to prove it. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreStartPhoneType>, res: MedusaResponse) => {
  const { result } = await startPhoneVerificationWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, phone: req.validatedBody.phone, ...requestContext(req), asOf: new Date(Date.now()) },
  })
  res.status(202).json(result)
}
