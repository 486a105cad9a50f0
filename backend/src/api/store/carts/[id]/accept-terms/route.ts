import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { acceptCartTermsWorkflow } from "../../../../../workflows/cart"
import type { StoreAcceptCartTermsType } from "../../validators"

/**
 * POST /store/carts/:id/accept-terms `{ terms_version? }` — the shopper ticked "I accept the
 * Terms of Service": the cart (and so the order) keeps `metadata.terms_accepted_at` and
 * `metadata.terms_version`. Checkout refuses a cart without them. Ownership as for the cart.
 */
export const POST = async (req: MedusaRequest<StoreAcceptCartTermsType>, res: MedusaResponse) => {
  await acceptCartTermsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, terms_version: req.validatedBody.terms_version, asOf: new Date() },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "metadata"], filters: { id: req.params.id } })
  res.json({ cart: data[0] })
}
