import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createContentEntriesWorkflow } from "../../../../workflows/content"
import { adminListFilters, contentEntry } from "../../../utils/content"
import type { AdminCreateResourceType, AdminGetResourcesParamsType } from "../validators"
import type { AdminResourceListResponse, AdminResourceResponse } from "../../../../types/http"
import type { Sendable } from "../../../utils/sendable"

/** GET /admin/content/resources?q=&status=&kind= — drafts included, by rank then title. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetResourcesParamsType>, res: MedusaResponse<Sendable<AdminResourceListResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status, kind } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "resource",
    fields: req.queryConfig.fields,
    filters: adminListFilters({ q, status, ...(kind ? { kind } : {}) }),
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { rank: "ASC", title: "ASC" } },
  })
  res.json({ resources: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 50 })
}

/** POST /admin/content/resources — a guide (markdown body), a download or a link (url). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateResourceType>, res: MedusaResponse<AdminResourceResponse>) => {
  const { result } = await createContentEntriesWorkflow(req.scope).run({
    input: { kind: "resource", entries: [req.validatedBody], asOf: new Date() },
  })
  res.json({ resource: await contentEntry(req.scope, "resource", { id: result[0].id }, req.queryConfig.fields) })
}
