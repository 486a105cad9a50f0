import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoicePdf } from "../../../../../workflows/invoice/utils/printable"
import { sendPdf } from "../../../../utils/invoices"

/** GET /admin/invoices/:id/pdf — an issued invoice or credit note as a PDF download (404 for an unknown id). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  sendPdf(req, res, await invoicePdf(req.scope, req.params.id))
}
