import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryWebhookDeliveryWorkflow } from "../../../../../workflows/webhooks"
import { refetchWebhookEntity } from "../../../webhook-endpoints/helpers"

/** POST /admin/webhook-deliveries/:id/retry — sends it again now, same webhook-id; answers the delivery as it is after. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retryWebhookDeliveryWorkflow(req.scope).run({ input: { id: req.params.id, asOf: new Date() } })
  res.json({ webhook_delivery: await refetchWebhookEntity(req.scope, "webhook_delivery", req.params.id, req.queryConfig.fields) })
}
