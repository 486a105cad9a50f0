import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendMfaCodeWorkflow } from "../../../../../workflows/account"
import { requestContext } from "../../../../utils/security"
import type { StoreSendMfaCodeType } from "../../validators"

/** POST /store/account/mfa/send-code — an email or SMS sign-in code for the second step. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSendMfaCodeType>, res: MedusaResponse) => {
  const { result } = await sendMfaCodeWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, method: req.validatedBody.method, ...requestContext(req) },
  })
  res.status(202).json(result)
}
