import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyEmailWorkflow } from "../../../../workflows/account"
import { requestContext } from "../../../utils/security"
import type { StoreVerifyEmailType } from "../validators"

/** POST /store/account/verify-email — the emailed code activates the account. */
export const POST = async (req: MedusaRequest<StoreVerifyEmailType>, res: MedusaResponse) => {
  await verifyEmailWorkflow(req.scope).run({ input: { ...req.validatedBody, ...requestContext(req), asOf: new Date(Date.now()) } })
  res.json({ verified: true })
}
