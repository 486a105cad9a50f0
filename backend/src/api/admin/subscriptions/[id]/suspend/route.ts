import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../../../store/subscriptions/helpers"
import type { AdminSuspendSubscriptionType } from "../../validators"

/** POST /admin/subscriptions/:id/suspend — reason required; the customer is emailed. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSuspendSubscriptionType>, res: MedusaResponse) => {
  await changeSubscriptionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      change: { action: "suspend", reason: req.validatedBody.reason },
      actor: { actor: "admin", actor_id: req.auth_context.actor_id },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { withEvents: true }) })
}
