import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../../../store/subscriptions/helpers"
import type { AdminExtendSubscriptionType } from "../../validators"

/** POST /admin/subscriptions/:id/extend — by `days` or to a date (`until`). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminExtendSubscriptionType>, res: MedusaResponse) => {
  await changeSubscriptionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      change: { action: "extend", days: req.validatedBody.days, until: req.validatedBody.until, note: req.validatedBody.note },
      actor: { actor: "admin", actor_id: req.auth_context.actor_id },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { withEvents: true }) })
}
