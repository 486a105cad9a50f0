import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { present, SUBSCRIPTION_FIELDS } from "./helpers"
import type { StoreGetSubscriptionsParamsType } from "./validators"
import type { StoreSubscriptionListResponse } from "../../../types/http"

/** GET /store/subscriptions — the customer's own subscriptions, soonest expiry first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetSubscriptionsParamsType>, res: MedusaResponse<StoreSubscriptionListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "subscription",
    fields: SUBSCRIPTION_FIELDS,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
    pagination: { ...req.queryConfig.pagination, order: { expires_at: "ASC", id: "ASC" } },
  })
  res.json({
    subscriptions: data.map((s) => present(s)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
