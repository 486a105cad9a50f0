import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateTermsAcceptanceStep } from "../steps"
import { TERMS_PAGE_HANDLE, type TermsAcceptance } from "../utils/terms"

export type AcceptCartTermsInput = {
  cart_id: string
  /** the Terms version the shopper read (the page's `content_updated_at`); checked when given */
  terms_version?: string
  asOf: Date
}

/**
 * The shopper accepts the Terms of Service at checkout: the time (the
 * server's) and the version go into the cart's metadata, which the order
 * keeps. completeCartWorkflow refuses a cart without it (workflows/hooks).
 */
export const acceptCartTermsWorkflow = createWorkflow("accept-cart-terms", (input: AcceptCartTermsInput) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "metadata", "completed_at"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-cart" })
  const { data: pages } = useQueryGraphStep({
    entity: "content_page",
    fields: ["id", "content_updated_at"],
    filters: { handle: TERMS_PAGE_HANDLE, status: "published" },
  }).config({ name: "get-terms-page" })
  const version = validateTermsAcceptanceStep(
    transform({ input, carts, pages }, ({ input, carts, pages }) => ({
      cart: carts[0],
      terms: pages[0] ?? null,
      version: input.terms_version,
    }))
  )
  const acceptance = transform({ input, version }, ({ input, version }): TermsAcceptance => ({
    terms_accepted_at: new Date(input.asOf).toISOString(),
    terms_version: version,
  }))
  updateCartsStep(
    transform({ carts, acceptance }, ({ carts, acceptance }) => [
      { id: carts[0].id, metadata: { ...(carts[0].metadata ?? {}), ...acceptance } },
    ])
  )
  return new WorkflowResponse(acceptance)
})
