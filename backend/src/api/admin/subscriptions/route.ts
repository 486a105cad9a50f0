import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SubscriptionOrderLink from "../../../links/subscription-order"
import { present, SUBSCRIPTION_FIELDS } from "../../store/subscriptions/helpers"
import { subscriptionFilters, subscriptionSearch } from "./helpers"
import type { AdminGetSubscriptionsParamsType } from "./validators"
import type { AdminSubscriptionListResponse } from "../../../types/http"

/** GET /admin/subscriptions — filter by status, customer, product, region, expiring within N days; `q` searches. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetSubscriptionsParamsType>, res: MedusaResponse<AdminSubscriptionListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { order_id, q, ...params } = req.filterableFields as Record<string, unknown>
  const filters = subscriptionFilters(params)
  if (typeof q === "string" && q) {
    filters.$or = await subscriptionSearch(req.scope, q)
  }
  if (typeof order_id === "string") {
    // the subscription ↔ order link holds the buying order and every renewal order
    const { data: links } = await query.graph({
      entity: SubscriptionOrderLink.entryPoint,
      fields: ["subscription_id"],
      filters: { order_id },
    })
    filters.id = links.map((l: { subscription_id: string }) => l.subscription_id)
  }
  const { data, metadata } = await query.graph({
    entity: "subscription",
    fields: [...SUBSCRIPTION_FIELDS, "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    filters,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { expires_at: "ASC", id: "ASC" } },
  })
  res.json({
    subscriptions: data.map((s) => present(s)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
