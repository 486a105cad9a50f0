import type { MedusaResponse } from "@medusajs/framework/http"
import { completeMfaChallengeWorkflow } from "../../../../../../workflows/account"
import { requestContext } from "../../../../../utils/security"
import { type AuthReq, challengeToken, isCustomer, refuseAccount } from "../../../../helpers"

/**
 * POST /auth/mfa/challenges/:id/verify — Medusa's second sign-in step; for
 * customers a TOTP code is accepted once, a suspended account gets no token
 * and recovery codes are counted down (the workflow).
 */
export const POST = async (req: AuthReq<{ method: string; code: string }>, res: MedusaResponse) => {
  const { method, code } = (req as AuthReq & { validatedBody: { method: string; code: string } }).validatedBody
  const { result } = await completeMfaChallengeWorkflow(req.scope).run({
    input: {
      challenge_id: req.params.id,
      method,
      code,
      auth_identity_id: req.auth_context!.auth_identity_id,
      customer: isCustomer(req),
      ...requestContext(req),
    },
  })
  refuseAccount(result.status)
  res.status(200).json({ token: await challengeToken(req, result.challenge) })
}
