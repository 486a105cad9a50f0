import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchSubscription } from "../../helpers"
import type { StoreSubscriptionHistoryResponse, SubscriptionEvent } from "../../../../../types/http"

/** GET /store/subscriptions/:id/history — the subscription's timeline, oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSubscriptionHistoryResponse>) => {
  const sub = await fetchSubscription<{ events?: SubscriptionEvent[] }>(req.scope, req.params.id, { customerId: req.auth_context.actor_id, withEvents: true })
  res.json({ events: sub.events ?? [] })
}
