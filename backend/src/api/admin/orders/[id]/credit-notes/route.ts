import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertOrder, INVOICE_FIELDS } from "../../../../utils/invoices"

/** GET /admin/orders/:id/credit-notes — the order's credit notes, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await assertOrder(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "invoice",
    fields: [...INVOICE_FIELDS],
    filters: { order_id: req.params.id, kind: "credit_note" },
    pagination: { order: { sequence: "ASC" } },
  })
  res.json({ credit_notes: data, count: data.length })
}
