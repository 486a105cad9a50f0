import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createContentEntriesWorkflow } from "../../../../workflows/content"
import { adminListFilters, contentEntry } from "../../../utils/content"
import type { AdminCreateContentPageType, AdminGetContentPagesParamsType } from "../validators"
import type { AdminContentPageListResponse, AdminContentPageResponse } from "../../../../types/http"
import type { Sendable } from "../../../utils/sendable"

/** GET /admin/content/pages?q=&status= — the company and legal pages, drafts included, by title. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetContentPagesParamsType>, res: MedusaResponse<Sendable<AdminContentPageListResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "content_page",
    fields: req.queryConfig.fields,
    filters: adminListFilters({ q, status }),
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { title: "ASC" } },
  })
  res.json({ pages: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 50 })
}

/** POST /admin/content/pages — a new page; `content_updated_at` defaults to now. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateContentPageType>, res: MedusaResponse<AdminContentPageResponse>) => {
  const { result } = await createContentEntriesWorkflow(req.scope).run({
    input: { kind: "page", entries: [req.validatedBody], asOf: new Date() },
  })
  res.json({ page: await contentEntry(req.scope, "page", { id: result[0].id }, req.queryConfig.fields) })
}
