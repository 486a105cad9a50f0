import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeEmail, requestCustomerPasswordResetWorkflow } from "../../../../../workflows/account"
import { requestContext, sleep } from "../../../../utils/security"
import { httpConfig } from "../../../helpers"

/** every answer takes at least this long, known email or not */
const ANSWER_FLOOR_MS = 500

/**
 * POST /auth/customer/emailpass/reset-password — Medusa's reset flow with a
 * one-hour link; always 201 (rate limited by the route's guard).
 */
export const POST = async (req: MedusaRequest<{ identifier?: unknown }>, res: MedusaResponse) => {
  const identifier = req.body?.identifier
  if (typeof identifier !== "string" || !identifier.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "identifier (your email) is required")
  }
  const started = Date.now()
  const http = httpConfig(req)
  await requestCustomerPasswordResetWorkflow(req.scope).run({
    input: {
      email: normalizeEmail(identifier),
      secret: http.jwtSecret as string,
      jwt_options: http.jwtOptions as Record<string, unknown>,
      ...requestContext(req),
    },
  })
  await sleep(Math.max(0, ANSWER_FLOOR_MS - (Date.now() - started)))
  res.sendStatus(201)
}
