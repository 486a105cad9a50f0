import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentSupport } from "../../utils/support"
import type { StoreGetSupportParamsType } from "./validators"
import type { StoreSupportResponse } from "../../../types/http"

/**
 * GET /store/support — who answers (display name, avatar), the live chat hours, and whether a
 * person is on chat at `as_of` (now when omitted). Public: the chat widget and help center read it.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetSupportParamsType>, res: MedusaResponse<StoreSupportResponse>) => {
  const asOf = req.validatedQuery.as_of ? new Date(req.validatedQuery.as_of as string) : new Date()
  res.json({ support: await presentSupport(req.scope, asOf) })
}
