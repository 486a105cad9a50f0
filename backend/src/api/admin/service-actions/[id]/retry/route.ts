import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryServiceActionWorkflow } from "../../../../../workflows/provisioning"
import { serviceAction, serviceActionsOf } from "../../../../utils/services"

/**
 * POST /admin/service-actions/:id/retry — one more attempt of an action that
 * failed for good (400 otherwise, 409 while another action of its service
 * runs) → `{ service_action, service_actions }`.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retryServiceActionWorkflow(req.scope).run({ input: { id: req.params.id, asOf: new Date(), manual: true } })
  const action = await serviceAction(req.scope, req.params.id)
  res.json({ service_action: action, service_actions: action ? await serviceActionsOf(req.scope, String(action.service_id)) : [] })
}
