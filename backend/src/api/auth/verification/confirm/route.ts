import type { MedusaResponse } from "@medusajs/framework/http"
import { confirmVerificationWorkflow } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import type { AuthReq } from "../../helpers"

/** POST /auth/verification/confirm — Medusa's code check; a confirmed email updates the customer's profile like the store's own check. */
export const POST = async (req: AuthReq<{ code: string; code_provider?: string }>, res: MedusaResponse) => {
  const { code, code_provider } = (req as AuthReq & { validatedBody: { code: string; code_provider?: string } }).validatedBody
  const { result } = await confirmVerificationWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context?.auth_identity_id ?? null, code, code_provider, ...requestContext(req) },
  })
  res.status(200).json(result)
}
