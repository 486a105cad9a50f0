import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteWebhookEndpointsWorkflow, updateWebhookEndpointsWorkflow } from "../../../../workflows/webhooks"
import { refetchWebhookEntity } from "../helpers"
import type { AdminUpdateWebhookEndpointType } from "../validators"

/** GET /admin/webhook-endpoints/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ webhook_endpoint: await refetchWebhookEntity(req.scope, "webhook_endpoint", req.params.id, req.queryConfig.fields) })
}

/** POST /admin/webhook-endpoints/:id — change URL, events or description; enable or disable. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateWebhookEndpointType>, res: MedusaResponse) => {
  await updateWebhookEndpointsWorkflow(req.scope).run({ input: { endpoints: [{ id: req.params.id, ...req.validatedBody }] } })
  res.json({ webhook_endpoint: await refetchWebhookEntity(req.scope, "webhook_endpoint", req.params.id, req.queryConfig.fields) })
}

/** DELETE /admin/webhook-endpoints/:id — no more events; the delivery log stays. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteWebhookEndpointsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "webhook_endpoint", deleted: true })
}
