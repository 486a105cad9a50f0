import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderPaymentSummary } from "../../../../../lib/order-payment-summary"
import type { OrderPaymentResponse } from "../../../../../types/http"
import type { Sendable } from "../../../../utils/sendable"

/** GET /admin/orders/:id/payment — paid or awaiting payment, with pay later's due date (the order page's widget). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<OrderPaymentResponse>>) => {
  res.json({ payment: await orderPaymentSummary(req.scope, req.params.id) })
}
