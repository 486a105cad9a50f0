import type { MedusaResponse } from "@medusajs/framework/http"
import { startSecondFactorWorkflow } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import { type AuthReq, isCustomer } from "../../helpers"

/** GET /auth/mfa/factors — Medusa's list of the caller's factors. */
export { GET } from "@medusajs/medusa/api/auth/mfa/factors/route"

type StartFactorBody = { provider: string; label?: string | null; issuer?: string; metadata?: Record<string, unknown> | null }

/**
 * POST /auth/mfa/factors — starts setting a factor up (Medusa's answer);
 * for customers email and SMS codes get their set-up code sent (`sent_to`).
 */
export const POST = async (req: AuthReq<StartFactorBody>, res: MedusaResponse) => {
  const body = (req as AuthReq & { validatedBody: StartFactorBody }).validatedBody
  const { result } = await startSecondFactorWorkflow(req.scope).run({
    input: { ...body, auth_identity_id: req.auth_context!.auth_identity_id, customer: isCustomer(req), ...requestContext(req) },
  })
  res.status(200).json(result)
}
