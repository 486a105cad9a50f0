import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payLaterConfig } from "../../../lib/pay-later"

/** GET /store/pay-later — how "Bank transfer / pay later" works here: the instructions and the days to pay. */
export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json(payLaterConfig())
}
