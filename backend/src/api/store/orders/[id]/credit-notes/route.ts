import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertOrder } from "../../../../utils/invoices"
import type { StoreCreditNoteListResponse } from "../../../../../types/http"
import type { Sendable } from "../../../../utils/sendable"

/** GET /store/orders/:id/credit-notes — the credit notes of the customer's own order, oldest first (404 otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreCreditNoteListResponse>>) => {
  await assertOrder(req.scope, req.params.id, req.auth_context.actor_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "invoice",
    fields: ["id", "number", "currency_code", "subtotal", "tax_total", "total", "issued_at"],
    filters: { order_id: req.params.id, kind: "credit_note" },
    pagination: { order: { sequence: "ASC" } },
  })
  res.json({ credit_notes: data, count: data.length })
}
