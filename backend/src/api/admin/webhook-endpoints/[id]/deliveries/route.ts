import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchWebhookEntity } from "../../helpers"

/** GET /admin/webhook-endpoints/:id/deliveries?status=&event_type= — the endpoint's delivery log, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchWebhookEntity(req.scope, "webhook_endpoint", req.params.id, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "webhook_delivery",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, endpoint_id: req.params.id },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { created_at: "DESC", id: "DESC" } },
  })
  res.json({ webhook_deliveries: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 20 })
}
