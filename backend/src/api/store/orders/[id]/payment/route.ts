import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPaymentSummary } from "../../../../../lib/order-payment-summary"

/**
 * GET /store/orders/:id/payment — whether the order is paid, and for pay
 * later the due date and the instructions (owned like GET /store/orders/:id).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ payment: await orderPaymentSummary(req.scope, req.params.id) })
}
