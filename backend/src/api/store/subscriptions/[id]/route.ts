import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serviceOfSubscription } from "../../../utils/services"
import { fetchSubscription } from "../helpers"
import type { StoreSubscriptionResponse } from "../../../../types/http"

/** GET /store/subscriptions/:id — one of the customer's subscriptions (404 otherwise), with its running service. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSubscriptionResponse>) => {
  const subscription = await fetchSubscription(req.scope, req.params.id, { customerId: req.auth_context.actor_id })
  res.json({ subscription: { ...subscription, service: await serviceOfSubscription(req.scope, subscription) } })
}
