import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { service } from "../utils/lifecycle"

/**
 * A cart holding one more term of the customer's subscription; checking it
 * out (like any cart) places the renewal order that extends it.
 */
export const createRenewalCartStep = createStep(
  "create-renewal-cart",
  async (input: { id: string; customer_id: string; email?: string | null }, { container }) => {
    const subs = service(container)
    const [sub] = await subs.listSubscriptions({ id: input.id, customer_id: input.customer_id })
    if (!sub) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${input.id} was not found`)
    }
    if (sub.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A cancelled subscription can't be renewed: buy the plan again")
    }
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: sub.region_id,
        customer_id: sub.customer_id,
        email: input.email ?? undefined,
        items: [{ variant_id: sub.variant_id, quantity: 1, metadata: { subscription_id: sub.id, renewal: "manual" } }],
        metadata: { subscription_id: sub.id, renewal: "manual" },
      },
    })
    return new StepResponse(cart)
  }
)
