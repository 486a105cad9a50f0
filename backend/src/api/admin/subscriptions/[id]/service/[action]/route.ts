import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SERVICE_ACTIONS, type ServiceActionName } from "../../../../../../modules/provisioning/types"
import { runServiceActionWorkflow } from "../../../../../../workflows/provisioning"
import { fetchSubscription } from "../../../../../store/subscriptions/helpers"
import { serviceAction, serviceActionsOf, serviceOfSubscription } from "../../../../../utils/services"
import type { AdminRunServiceActionType } from "../../../../service-actions/validators"

/**
 * POST /admin/subscriptions/:id/service/{provision,suspend,unsuspend,terminate,reboot,reinstall}
 * — runs the action on the subscription's service now (400 when the service
 * can't take it, 409 while another action runs) → `{ service, action, service_actions }`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRunServiceActionType>, res: MedusaResponse) => {
  const action = req.params.action as ServiceActionName
  if (!SERVICE_ACTIONS.includes(action)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unknown service action: ${req.params.action}`)
  }
  const { result } = await runServiceActionWorkflow(req.scope).run({
    input: {
      subscription_id: req.params.id,
      action,
      os: req.validatedBody.os,
      mode: "manual",
      requested_by: "admin",
      requested_by_id: req.auth_context.actor_id,
      asOf: new Date(),
    },
  })
  const subscription = await fetchSubscription(req.scope, req.params.id)
  const service = await serviceOfSubscription(req.scope, subscription, { admin: true })
  res.json({
    service,
    action: result.action_id ? await serviceAction(req.scope, result.action_id) : null,
    service_actions: service ? await serviceActionsOf(req.scope, String(service.id)) : [],
  })
}
