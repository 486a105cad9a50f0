import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreContentPageListResponse } from "../../../../types/http"
import type { Sendable } from "../../../utils/sendable"

/** GET /store/content/pages — the published company and legal pages (footer links, sitemap), by title. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<Sendable<StoreContentPageListResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "content_page",
    fields: req.queryConfig.fields,
    filters: { status: "published" },
    pagination: { ...req.queryConfig.pagination, order: { title: "ASC" } },
  })
  res.json({ pages: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 50 })
}
