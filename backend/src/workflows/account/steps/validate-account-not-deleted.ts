import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { accountService } from "../utils/identity"

/** Refuses to act on an account that is already deleted. */
export const validateAccountNotDeletedStep = createStep(
  "validate-account-not-deleted",
  async (input: { customer_id: string }, { container }) => {
    const { profile } = await accountService(container).ensureProfile(input.customer_id)
    if (profile.status === "deleted") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account was deleted")
    }
    return new StepResponse(profile.status)
  }
)
