import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateTermsAcceptanceInput = {
  cart: { id: string; completed_at?: Date | string | null }
  /** the published Terms page, if there is one */
  terms: { content_updated_at: Date | string } | null
  /** the version the shopper read (the page's `content_updated_at`), when the storefront sends it */
  version?: string
}

/**
 * Guard: the cart is still open, and the Terms the shopper read are the ones
 * in force (a page edited since they opened it must be read again). Answers
 * the version that is accepted.
 */
export const validateTermsAcceptanceStep = createStep(
  "validate-terms-acceptance",
  async ({ cart, terms, version }: ValidateTermsAcceptanceInput) => {
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cart ${cart.id} is already completed`)
    }
    const current = terms ? new Date(terms.content_updated_at).toISOString() : "none"
    if (version !== undefined && terms && Date.parse(version) !== Date.parse(current)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The Terms of Service have changed since you opened them: read them again and accept them"
      )
    }
    return new StepResponse(current)
  }
)
