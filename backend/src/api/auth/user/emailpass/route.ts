import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordAdminSignInWorkflow } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import { authenticatePassword, signInAnswer } from "../../helpers"

/**
 * POST /auth/user/emailpass — Medusa's admin sign-in; a right password
 * starts the address's attempt window again, so only guessing runs out
 * (the limit is the route's guard).
 */
export const POST = async (req: MedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
  const result = await authenticatePassword(req, "user", (req.body ?? {}) as Record<string, unknown>)
  if (!result.success || !result.authIdentity) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, result.error || "Authentication failed")
  }
  const answer = await signInAnswer(req, "user", result)
  await recordAdminSignInWorkflow(req.scope).run({ input: { ip: requestContext(req).ip ?? "unknown" } })
  res.status(200).json(answer)
}
