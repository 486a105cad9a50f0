import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRenewalCartWorkflow } from "../../../../../workflows/subscription"

/**
 * POST /store/subscriptions/:id/renew — a cart with one more term; checking it
 * out places the renewal order, which extends the subscription.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: req.auth_context.actor_id } })
  const { result } = await createRenewalCartWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, email: customers[0]?.email },
  })
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "email", "region_id", "currency_code", "customer_id", "metadata", "items.*", "subtotal", "total"],
    filters: { id: result.id },
  })
  res.json({ cart: carts[0] })
}
