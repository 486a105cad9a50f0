import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchSubscription } from "../../helpers"

/** GET /store/subscriptions/:id/history — the subscription's timeline, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const sub = (await fetchSubscription(req.scope, req.params.id, { customerId: req.auth_context.actor_id, withEvents: true })) as { events?: unknown[] }
  res.json({ events: sub.events ?? [] })
}
