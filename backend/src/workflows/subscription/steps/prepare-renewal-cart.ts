import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { service } from "../utils/lifecycle"

/**
 * Validates a renewal request and finds the subscription's open renewal cart:
 * the one handed out before, while it is not completed and still holds the
 * renewal line. Without one, the input for a new cart (one term of the plan,
 * or of the downgrade scheduled for this renewal). Runs under the
 * subscription's renewal lock, so parallel clicks see the same cart.
 */
/** The renewal cart as read below. */
type RenewalCart = {
  id: string
  completed_at?: Date | string | null
  customer_id?: string | null
  items?: ({ variant_id?: string | null; metadata?: Record<string, unknown> | null } | null)[] | null
}

export const prepareRenewalCartStep = createStep(
  "prepare-renewal-cart",
  async (input: { id: string; customer_id: string; email?: string | null; renewal: "manual" | "auto" }, { container }) => {
    const [sub] = await service(container).listSubscriptions({ id: input.id, customer_id: input.customer_id })
    if (!sub) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${input.id} was not found`)
    }
    if (sub.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A cancelled subscription can't be renewed: buy the plan again")
    }
    if (sub.status === "pending_payment") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This subscription starts when its first order is paid; it can be renewed after that")
    }
    const variantId = (sub.scheduled_change as { variant_id?: string } | null)?.variant_id ?? sub.variant_id
    let openCartId: string | null = null
    if (sub.renewal_cart_id && input.renewal === "manual") {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: carts } = await query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "customer_id", "items.variant_id", "items.metadata"],
        filters: { id: sub.renewal_cart_id },
      })
      const cart: RenewalCart | undefined = carts[0]
      const stillOpen =
        cart &&
        !cart.completed_at &&
        cart.customer_id === sub.customer_id &&
        (cart.items ?? []).some((i) => i?.metadata?.subscription_id === sub.id && i.variant_id === variantId)
      openCartId = stillOpen ? cart.id : null
    }
    const cart: CreateCartWorkflowInputDTO = {
      region_id: sub.region_id,
      customer_id: sub.customer_id,
      email: input.email ?? undefined,
      items: [{ variant_id: variantId, quantity: 1, metadata: { subscription_id: sub.id, renewal: input.renewal } }],
      metadata: { subscription_id: sub.id, renewal: input.renewal },
    }
    return new StepResponse({ subscription_id: sub.id, open_cart_id: openCartId, cart })
  }
)

/** Remembers the renewal cart handed out; compensation forgets it again. */
export const saveRenewalCartStep = createStep(
  "save-renewal-cart",
  async (input: { id: string; cart_id: string }, { container }) => {
    const subs = service(container)
    const before = await subs.retrieveSubscription(input.id, { select: ["id", "renewal_cart_id"] })
    await subs.updateSubscriptions({ id: input.id, renewal_cart_id: input.cart_id })
    return new StepResponse(input.cart_id, { id: input.id, renewal_cart_id: before.renewal_cart_id ?? null })
  },
  async (prior, { container }) => {
    if (prior) {
      await service(container).updateSubscriptions(prior)
    }
  }
)
