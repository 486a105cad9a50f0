import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../../../store/subscriptions/helpers"
import type { AdminUnsuspendSubscriptionType } from "../../validators"

/** POST /admin/subscriptions/:id/unsuspend */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUnsuspendSubscriptionType>, res: MedusaResponse) => {
  await changeSubscriptionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      change: { action: "unsuspend", note: req.validatedBody.note },
      actor: { actor: "admin", actor_id: req.auth_context.actor_id },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { withEvents: true }) })
}
