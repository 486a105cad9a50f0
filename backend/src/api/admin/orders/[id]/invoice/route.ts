import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrder, orderInvoicePdf, sendPdf } from "../../../../utils/invoices"

/** GET /admin/orders/:id/invoice — the order's invoice PDF (issued now if the order has none yet). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOrder(req.scope, req.params.id)
  sendPdf(req, res, await orderInvoicePdf(req.scope, req.params.id))
}
