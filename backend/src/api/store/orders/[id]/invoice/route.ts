import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrder, orderInvoicePdf, sendPdf } from "../../../../utils/invoices"

/** GET /store/orders/:id/invoice — the invoice PDF of the customer's own order (404 for anyone else's). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOrder(req.scope, req.params.id, req.auth_context.actor_id)
  sendPdf(req, res, await orderInvoicePdf(req.scope, req.params.id))
}
