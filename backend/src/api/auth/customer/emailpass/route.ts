import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizeEmail, recordFailedSignInWorkflow, recordSignInWorkflow } from "../../../../workflows/account"
import { requestContext, sleep } from "../../../utils/security"
import { authenticatePassword, INVALID_LOGIN, refuseAccount, signInAnswer } from "../../helpers"

/** failed sign-ins answer no sooner than this, known email or not */
const FAILED_LOGIN_FLOOR_MS = 400

/**
 * POST /auth/customer/emailpass — Medusa's sign-in (its auth module and
 * token rules) with the store's: every attempt recorded, failures counted
 * towards the account's lock and answered alike and no faster than a floor,
 * suspended and deleted accounts refused after a right password. The limits
 * are the route's guards (`../../middlewares.ts`).
 */
export const POST = async (req: MedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
  const started = Date.now()
  const body = (req.body ?? {}) as Record<string, unknown>
  const email = typeof body.email === "string" ? normalizeEmail(body.email) : ""
  const result = await authenticatePassword(req, "customer", email ? { ...body, email } : body)
  if (!result.success || !result.authIdentity) {
    if (email) {
      await recordFailedSignInWorkflow(req.scope).run({ input: { email, ...requestContext(req) } })
    }
    await sleep(Math.max(0, FAILED_LOGIN_FLOOR_MS - (Date.now() - started)))
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, INVALID_LOGIN)
  }
  const answer = await signInAnswer(req, "customer", result)
  const outcome = answer.verification_required ? "login_unverified" : answer.mfa_required ? "login_challenged" : "login_succeeded"
  const { result: account } = await recordSignInWorkflow(req.scope).run({ input: { email, outcome, ...requestContext(req) } })
  refuseAccount(account.status)
  if (!answer.verification_required) {
    return res.json(answer)
  }
  const verification = answer.verification
  res.json({
    ...answer,
    // the record's code state (hash, tries) stays on the server
    verification: verification
      ? { id: verification.id, entity_type: verification.entity_type, verified_at: verification.verified_at, requested_at: (verification as { requested_at?: unknown }).requested_at }
      : undefined,
    message: "Confirm your email address first: enter the 6-digit code we emailed you, or ask for a new one (POST /store/account/verify-email/resend).",
  })
}
