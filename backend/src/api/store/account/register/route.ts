import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerCustomerAccountWorkflow } from "../../../../workflows/account"
import { maskEmail } from "../../../../workflows/account/utils"
import { requestContext, sleep } from "../../../utils/security"
import type { StoreRegisterAccountType } from "../validators"

/**
 * POST /store/account/register — creates the account and emails a code.
 * The answer (and roughly its timing) is the same for an address that
 * already has an account: its owner is told by email instead.
 */
export const POST = async (req: MedusaRequest<StoreRegisterAccountType>, res: MedusaResponse) => {
  const started = Date.now()
  const { result } = await registerCustomerAccountWorkflow(req.scope).run({
    input: { ...req.validatedBody, ...requestContext(req), asOf: new Date(Date.now()) },
  })
  await sleep(Math.max(0, 700 - (Date.now() - started)))
  res.status(202).json({
    email: result.email,
    message: `We sent a 6-digit code to ${maskEmail(result.email)}. Enter it to activate your account.`,
    resend_after_seconds: 60,
  })
}
