import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notificationLogFilters } from "./helpers"
import type { AdminGetNotificationLogsParamsType } from "./validators"

/** GET /admin/notification-logs — every email and SMS, filtered and paged, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetNotificationLogsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "notification_detail",
    fields: req.queryConfig.fields,
    filters: await notificationLogFilters(req.scope, req.filterableFields as Record<string, unknown>),
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { created_at: "DESC", id: "DESC" },
    },
  })
  res.json({
    notification_logs: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
