import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPaymentSummary } from "../../../../../lib/order-payment-summary"
import type { OrderPaymentResponse } from "../../../../../types/http"
import type { Sendable } from "../../../../utils/sendable"

/**
 * GET /store/orders/:id/payment — whether the order is paid, and for pay
 * later the due date and the instructions (owned like GET /store/orders/:id).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<Sendable<OrderPaymentResponse>>) => {
  res.json({ payment: await orderPaymentSummary(req.scope, req.params.id) })
}
