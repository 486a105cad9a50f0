import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrder, orderCreditNotePdf, sendPdf } from "../../../../../utils/invoices"

/** GET /store/orders/:id/credit-notes/:credit_note_id — a credit note PDF of the customer's own order (404 otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOrder(req.scope, req.params.id, req.auth_context.actor_id)
  sendPdf(req, res, await orderCreditNotePdf(req.scope, req.params.id, req.params.credit_note_id))
}
