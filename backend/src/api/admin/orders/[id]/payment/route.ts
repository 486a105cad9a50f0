import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPaymentSummary } from "../../../../../lib/order-payment-summary"

/** GET /admin/orders/:id/payment — paid or awaiting payment, with pay later's due date (the order page's widget). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ payment: await orderPaymentSummary(req.scope, req.params.id) })
}
