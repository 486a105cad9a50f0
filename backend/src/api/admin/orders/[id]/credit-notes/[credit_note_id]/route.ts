import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrder, orderCreditNotePdf, sendPdf } from "../../../../../utils/invoices"

/** GET /admin/orders/:id/credit-notes/:credit_note_id — a credit note PDF of the order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOrder(req.scope, req.params.id)
  sendPdf(req, res, await orderCreditNotePdf(req.scope, req.params.id, req.params.credit_note_id))
}
