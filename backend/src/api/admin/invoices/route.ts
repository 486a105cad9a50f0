import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetInvoicesParamsType } from "./validators"

/** GET /admin/invoices — invoices and credit notes by order, kind, year or number, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetInvoicesParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  if (q) {
    filters.number = { $ilike: `${String(q).replace(/[%_\\]/g, "\\$&")}%` }
  }
  const { data, metadata } = await query.graph({
    entity: "invoice",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { issued_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    invoices: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
