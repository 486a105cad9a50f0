import type { MedusaResponse } from "@medusajs/framework/http"
import { verifySecondFactorWorkflow } from "../../../../../../workflows/account"
import { requestContext } from "../../../../../utils/security"
import { type AuthReq, isCustomer } from "../../../../helpers"

/**
 * POST /auth/mfa/factors/:id/verify — the set-up code turns the factor on;
 * a customer's code is accepted once, and the change is recorded and emailed.
 */
export const POST = async (req: AuthReq<{ code: string }>, res: MedusaResponse) => {
  const { code } = (req as AuthReq & { validatedBody: { code: string } }).validatedBody
  const { result } = await verifySecondFactorWorkflow(req.scope).run({
    input: { factor_id: req.params.id, code, auth_identity_id: req.auth_context!.auth_identity_id, customer: isCustomer(req), ...requestContext(req) },
  })
  res.status(200).json({ mfa_factor: result })
}
