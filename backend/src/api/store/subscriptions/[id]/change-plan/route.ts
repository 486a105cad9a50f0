import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelScheduledPlanChangeWorkflow, changeSubscriptionPlanWorkflow } from "../../../../../workflows/subscription"
import { fetchSubscription } from "../../helpers"
import { CART_FIELDS } from "../renew/route"
import type { StoreChangePlanType } from "../../validators"
import type { StoreChangePlanResponse, StoreSubscriptionResponse } from "../../../../../types/http"

/**
 * POST /store/subscriptions/:id/change-plan `{ variant_id }` — an upgrade
 * answers `{ kind: "upgrade", cart }` for the prorated difference (paying it
 * switches the plan at once, expiry kept); a downgrade is scheduled for the
 * next renewal: `{ kind: "downgrade" }`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChangePlanType>, res: MedusaResponse<StoreChangePlanResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context.actor_id
  const { data: customers } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
  const { result } = await changeSubscriptionPlanWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      customer_id: customerId,
      variant_id: req.validatedBody.variant_id,
      email: customers[0]?.email,
      actor: { actor: "customer", actor_id: customerId },
      asOf: new Date(),
    },
  })
  const subscription = await fetchSubscription(req.scope, req.params.id, { customerId })
  // an upgrade always comes with its cart; a downgrade (scheduled or switched) never does
  if (result.kind === "downgrade" || !result.cart_id) {
    res.json({ kind: "downgrade", subscription })
    return
  }
  const { data: carts } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: result.cart_id } })
  res.json({ kind: "upgrade", cart: carts[0], subscription })
}

/** DELETE /store/subscriptions/:id/change-plan — keeps the current plan: the scheduled downgrade is called off. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSubscriptionResponse>) => {
  const customerId = req.auth_context.actor_id
  await cancelScheduledPlanChangeWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customerId, actor: { actor: "customer", actor_id: customerId }, asOf: new Date() },
  })
  res.json({ subscription: await fetchSubscription(req.scope, req.params.id, { customerId }) })
}
