import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createWebhookEndpointsWorkflow } from "../../../workflows/webhooks"
import { refetchWebhookEntity } from "./helpers"
import type { AdminCreateWebhookEndpointType } from "./validators"

/** GET /admin/webhook-endpoints?enabled= — newest first; never the secrets. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "webhook_endpoint",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { created_at: "DESC", id: "DESC" } },
  })
  res.json({ webhook_endpoints: data, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 20 })
}

/** POST /admin/webhook-endpoints — the answer carries the signing secret, the only time it is shown. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateWebhookEndpointType>, res: MedusaResponse) => {
  const { result } = await createWebhookEndpointsWorkflow(req.scope).run({ input: { endpoints: [req.validatedBody] } })
  const endpoint = await refetchWebhookEntity(req.scope, "webhook_endpoint", result[0].id, req.queryConfig.fields)
  res.json({ webhook_endpoint: { ...endpoint, secret: result[0].secret } })
}
