import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customerForIdentity, disableAuthFactorWorkflow, disableSecondFactorWorkflow } from "../../../../../workflows/account"
import type { StoreDisableFactorType } from "../../../../store/account/validators"
import { requestContext } from "../../../../utils/security"
import { type AuthReq, isCustomer } from "../../../helpers"

/**
 * DELETE /auth/mfa/factors/:id — for customers: password + a current code,
 * like the Security page (the guard checked the body). The factor must be
 * the caller's: 404 otherwise, whatever the password or code (the workflow
 * checks ownership first). Admins get Medusa's method + code removal.
 */
export const DELETE = async (req: AuthReq<{ method?: string; code?: string }>, res: MedusaResponse) => {
  const identityId = req.auth_context!.auth_identity_id
  if (!isCustomer(req)) {
    const { method, code } = (req as AuthReq & { validatedBody: { method?: string; code?: string } }).validatedBody
    const { result } = await disableAuthFactorWorkflow(req.scope).run({ input: { factor_id: req.params.id, auth_identity_id: identityId, method, code } })
    return res.status(200).json({ mfa_factor: result })
  }
  const removal = res.locals.factor_removal as StoreDisableFactorType
  const { customer_id, email } = await customerForIdentity(req.scope, identityId)
  if (!customer_id || !email) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `MFA factor with id: ${req.params.id} was not found`)
  }
  const { result } = await disableSecondFactorWorkflow(req.scope).run({
    input: { customer_id, email, auth_identity_id: identityId, factor_id: req.params.id, ...removal, ...requestContext(req) },
  })
  res.json({ disabled: result.disabled })
}
