import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

/** Gives a customer their profile and shopper id (idempotent). */
export const ensureAccountProfileStep = createStep(
  "ensure-account-profile",
  async (input: { customer_id: string }, { container }) => {
    const service: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const { profile, created } = await service.ensureProfile(input.customer_id)
    return new StepResponse(profile, created ? profile.id : null)
  },
  async (createdId, { container }) => {
    if (createdId) {
      const service: AccountModuleService = container.resolve(ACCOUNT_MODULE)
      await service.deleteAccountProfiles(createdId)
    }
  }
)
