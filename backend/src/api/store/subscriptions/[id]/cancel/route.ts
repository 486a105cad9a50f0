import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../helpers"
import type { StoreCancelSubscriptionType } from "../../validators"

/** POST /store/subscriptions/:id/cancel — ends the subscription when its paid period is over. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCancelSubscriptionType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await changeSubscriptionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      customer_id: customerId,
      change: { action: "cancel", note: req.validatedBody.reason },
      actor: { actor: "customer", actor_id: customerId },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { customerId }) })
}
