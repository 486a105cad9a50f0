import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetNotificationsParamsType } from "../validators"
import type { StoreNotificationListResponse } from "../../../../types/http"
import type { Sendable } from "../../../utils/sendable"

/** GET /store/account/notifications — the signed-in customer's own emails and SMS. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetNotificationsParamsType>,
  res: MedusaResponse<Sendable<StoreNotificationListResponse>>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "notification_detail",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { created_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    notifications: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
