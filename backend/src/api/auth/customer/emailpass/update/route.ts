import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { completePasswordResetWorkflow, RESET_LINK_SPENT } from "../../../../../workflows/account"
import { requestContext } from "../../../../utils/security"
import { bearerToken } from "../../../helpers"

type ResetToken = { entity_id?: string; purpose?: string; jti?: string }

/**
 * POST /auth/customer/emailpass/update — a new password with a reset link:
 * Medusa's reset token (a JWT naming a single-use token row) checked like
 * Medusa's own route does, then the workflow: rules, token spent, password
 * set, account unlocked, recorded and emailed. A used or expired link is 401.
 */
export const POST = async (req: MedusaRequest<{ password?: unknown }>, res: MedusaResponse) => {
  const token = bearerToken(req, "customer") as ResetToken | null
  if (!token?.entity_id || token.purpose !== "reset" || !token.jti) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, RESET_LINK_SPENT)
  }
  const password = req.body?.password
  await completePasswordResetWorkflow(req.scope).run({
    input: { email: token.entity_id, jti: token.jti, password: typeof password === "string" ? password : "", ...requestContext(req) },
  })
  res.status(200).json({ success: true })
}
