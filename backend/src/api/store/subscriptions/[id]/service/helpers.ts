import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ServiceActionName } from "../../../../../modules/provisioning/types"
import { runServiceActionWorkflow } from "../../../../../workflows/provisioning"
import { serviceAction, serviceOfSubscription } from "../../../../utils/services"
import { fetchSubscription } from "../../helpers"

/** Runs a customer's action on their own subscription's service and answers `{ service, action }`. */
export async function runCustomerServiceAction(req: AuthenticatedMedusaRequest, res: MedusaResponse, action: ServiceActionName, os?: string) {
  const customerId = req.auth_context.actor_id
  const { result } = await runServiceActionWorkflow(req.scope).run({
    input: {
      subscription_id: req.params.id,
      customer_id: customerId,
      action,
      os,
      mode: "manual",
      requested_by: "customer",
      requested_by_id: customerId,
      asOf: new Date(),
    },
  })
  const subscription = await fetchSubscription(req.scope, req.params.id, { customerId })
  res.json({
    service: await serviceOfSubscription(req.scope, subscription),
    action: result.action_id ? await serviceAction(req.scope, result.action_id) : null,
  })
}
