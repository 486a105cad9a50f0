import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { present, SUBSCRIPTION_FIELDS } from "../../../store/subscriptions/helpers"
import { subscriptionFilters } from "../helpers"
import type { AdminGetExpiringParamsType } from "../validators"
import type { AdminSubscriptionListResponse } from "../../../../types/http"

/** GET /admin/subscriptions/expiring?days=7 — active subscriptions expiring soon. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetExpiringParamsType>, res: MedusaResponse<AdminSubscriptionListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { days } = req.validatedQuery as AdminGetExpiringParamsType
  const { data, metadata } = await query.graph({
    entity: "subscription",
    fields: [...SUBSCRIPTION_FIELDS, "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    filters: subscriptionFilters({ expiring_within_days: days }),
    pagination: { ...req.queryConfig.pagination, order: { expires_at: "ASC", id: "ASC" } },
  })
  res.json({
    subscriptions: data.map((s) => present(s)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
