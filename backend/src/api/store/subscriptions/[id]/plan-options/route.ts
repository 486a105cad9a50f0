import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planOptions } from "../../../../../workflows/subscription/utils/plan-options"
import { fetchSubscription } from "../../helpers"
import type { SubscriptionPlanOptionsResponse } from "../../../../../types/http"

/** GET /store/subscriptions/:id/plan-options — the plans and terms it can change to, with what an upgrade costs now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<SubscriptionPlanOptionsResponse>) => {
  const sub = await fetchSubscription(req.scope, req.params.id, { customerId: req.auth_context.actor_id })
  res.json({ options: await planOptions(req.scope, sub, new Date()) })
}
