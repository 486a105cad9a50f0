import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invoiceFilters } from "./helpers"
import type { AdminGetInvoicesParamsType } from "./validators"

/** GET /admin/invoices — invoices and credit notes by order, kind, status, year, number, customer, email, issue date or `q`, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetInvoicesParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = await invoiceFilters(req.scope, req.filterableFields as Record<string, unknown>)
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
