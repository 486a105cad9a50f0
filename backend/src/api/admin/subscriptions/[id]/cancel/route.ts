import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../../../store/subscriptions/helpers"
import type { AdminCancelSubscriptionType } from "../../validators"

/**
 * POST /admin/subscriptions/:id/cancel — `at: "now"` cancels at once (the service stops);
 * `at: "period_end"` lets it run until it expires and turns auto-renew off.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelSubscriptionType>, res: MedusaResponse) => {
  const { at, reason } = req.validatedBody
  await changeSubscriptionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      change: { action: "cancel", immediately: at === "now", ...(reason ? { note: reason } : {}) },
      actor: { actor: "admin", actor_id: req.auth_context.actor_id },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { withEvents: true }) })
}
