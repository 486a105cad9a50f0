import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../helpers"
import type { StoreSetAutoRenewType } from "../../validators"

/** POST /store/subscriptions/:id/auto-renew — `{ enabled }` turns automatic renewal on or off. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSetAutoRenewType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await changeSubscriptionWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      customer_id: customerId,
      change: { action: "auto_renew", enabled: req.validatedBody.enabled },
      actor: { actor: "customer", actor_id: customerId },
      asOf: new Date(),
    },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { customerId }) })
}
