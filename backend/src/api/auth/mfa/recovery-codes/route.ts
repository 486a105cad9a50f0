import type { MedusaResponse } from "@medusajs/framework/http"
import { generateRecoveryCodesWorkflow } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import { type AuthReq, isCustomer } from "../../helpers"

/** POST /auth/mfa/recovery-codes — new codes (shown once); a customer's are counted, recorded and emailed. */
export const POST = async (req: AuthReq<{ count?: number }>, res: MedusaResponse) => {
  const { count } = (req as AuthReq & { validatedBody: { count?: number } }).validatedBody ?? {}
  const { result } = await generateRecoveryCodesWorkflow(req.scope).run({
    input: { count, auth_identity_id: req.auth_context!.auth_identity_id, customer: isCustomer(req), ...requestContext(req) },
  })
  res.status(200).json({ recovery_codes: result })
}
