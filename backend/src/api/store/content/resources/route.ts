import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetResourcesParamsType } from "../validators"
import type { StoreResourceListResponse } from "../../../../types/http"
import type { Sendable } from "../../../utils/sendable"

/** GET /store/content/resources?kind= — published guides, downloads and links, by rank then title. */
export const GET = async (req: MedusaRequest<unknown, StoreGetResourcesParamsType>, res: MedusaResponse<Sendable<StoreResourceListResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { kind } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "resource",
    fields: req.queryConfig.fields,
    filters: { status: "published", ...(kind ? { kind } : {}) },
    pagination: { ...req.queryConfig.pagination, order: { rank: "ASC", title: "ASC" } },
  })
  res.json({ resources: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 50 })
}
