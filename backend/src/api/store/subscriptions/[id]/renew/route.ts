import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRenewalCartWorkflow } from "../../../../../workflows/subscription"

export const CART_FIELDS = ["id", "email", "region_id", "currency_code", "customer_id", "metadata", "items.*", "subtotal", "tax_total", "total"]

/**
 * POST /store/subscriptions/:id/renew — the subscription's open renewal cart
 * (one per subscription: parallel clicks get the same one), or a new one with
 * one more term; once its order is paid the subscription is extended.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["email"], filters: { id: req.auth_context.actor_id } })
  const { result } = await createRenewalCartWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, email: customers[0]?.email },
  })
  const { data: carts } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: result.id } })
  res.json({ cart: carts[0] })
}
