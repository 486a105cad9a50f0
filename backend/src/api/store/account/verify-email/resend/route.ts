import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendEmailCodeWorkflow } from "../../../../../workflows/account"
import { inMinutes, requestContext, TooManyRequestsError } from "../../../../utils/security"
import type { StoreResendEmailCodeType } from "../../validators"

/** POST /store/account/verify-email/resend — a new code (one a minute, five an hour). */
export const POST = async (req: MedusaRequest<StoreResendEmailCodeType>, res: MedusaResponse) => {
  const { result } = await resendEmailCodeWorkflow(req.scope).run({ input: { ...req.validatedBody, ...requestContext(req), asOf: new Date(Date.now()) } })
  if (result.status === "wait") {
    throw new TooManyRequestsError(result.retry_after, `Wait ${inMinutes(result.retry_after)} before asking for another code.`)
  }
  res.status(202).json({
    message: "If this address has an account waiting for verification, a new code is on its way.",
    resend_after_seconds: result.retry_after,
  })
}
