import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { prepareRenewalCartStep, saveRenewalCartStep } from "../steps/prepare-renewal-cart"

export type CreateRenewalCartWorkflowInput = { id: string; customer_id: string; email?: string | null }

/**
 * "Renew": the subscription's open renewal cart, or a new one holding one more
 * term. At most one open renewal cart per subscription: the whole workflow
 * holds the subscription's renewal lock (Redis-backed with REDIS_URL), so 10
 * parallel clicks get the same cart. Checking it out places the renewal
 * order, which extends the subscription once it is paid.
 */
export const createRenewalCartWorkflow = createWorkflow("create-renewal-cart", (input: CreateRenewalCartWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `subscription:${input.id}:renewal-cart`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const prepared = prepareRenewalCartStep(transform({ input }, ({ input }) => ({ ...input, renewal: "manual" as const })))
  const created = when("create-new-renewal-cart", { prepared }, ({ prepared }) => !prepared.open_cart_id).then(() => {
    const cart = createCartWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.cart) })
    saveRenewalCartStep(transform({ prepared, cart }, ({ prepared, cart }) => ({ id: prepared.subscription_id, cart_id: cart.id })))
    return cart
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ prepared, created }, ({ prepared, created }) => ({ id: (prepared.open_cart_id ?? created?.id) as string })))
})
