import { MedusaError } from "@medusajs/framework/utils"

/** The Terms page whose `content_updated_at` is the version a checkout accepts. */
export const TERMS_PAGE_HANDLE = "terms"

/** Where the acceptance is kept: the cart's metadata, which Medusa copies onto the order. */
export type TermsAcceptance = {
  /** ISO time the shopper accepted, stamped by the server */
  terms_accepted_at: string
  /** the accepted Terms page's `content_updated_at` (ISO), or "none" while no Terms page is published */
  terms_version: string
}

export const TERMS_REFUSAL = "Accept the Terms of Service to place the order"

/** Checkout guard: the cart carries an acceptance of the Terms (POST /store/carts/:id/accept-terms). */
export function assertTermsAccepted(cart: { metadata?: Record<string, unknown> | null }) {
  const acceptedAt = cart.metadata?.terms_accepted_at
  if (typeof acceptedAt !== "string" || Number.isNaN(Date.parse(acceptedAt))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, TERMS_REFUSAL)
  }
}
