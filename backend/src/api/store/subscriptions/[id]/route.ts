import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchSubscription } from "../helpers"

/** GET /store/subscriptions/:id — one of the customer's subscriptions (404 otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { customerId: req.auth_context.actor_id }) })
}
