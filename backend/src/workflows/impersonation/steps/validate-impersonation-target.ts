import type { IUserModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"
import { identityForCustomer } from "../../account/utils/identity"

export type ValidateImpersonationTargetInput = {
  customer_id: string
  /** set when the request itself was made with an impersonation token */
  acting_impersonation_session_id?: string | null
}

/**
 * Who may be viewed: an existing, active customer who is not an admin
 * (a customer record with an admin user's email), and never from inside
 * another impersonation. Answers what the token needs.
 */
export const validateImpersonationTargetStep = createStep(
  "validate-impersonation-target",
  async (input: ValidateImpersonationTargetInput, { container }) => {
    if (input.acting_impersonation_session_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "An impersonation session cannot start another one. End it and start from your own admin account."
      )
    }
    // NOT_FOUND for unknown (or deleted) customers
    const { customer, identity } = await identityForCustomer(container, input.customer_id)
    const email = (customer.email ?? "").trim().toLowerCase()
    if (email) {
      const users: IUserModuleService = container.resolve(Modules.USER)
      const admins = await users.listUsers({ email: [email, customer.email as string] }, { select: ["id"], take: 1 })
      if (admins.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This customer is an admin user: admins cannot be viewed as customers.")
      }
    }
    const accounts: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const [profile] = await accounts.listAccountProfiles({ customer_id: customer.id }, { select: ["status"] })
    if (profile && profile.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        profile.status === "suspended"
          ? "This customer is suspended: their storefront refuses every request. Activate the account first."
          : "This customer deleted their account: there is nothing to view."
      )
    }
    return new StepResponse({ customer_id: customer.id as string, auth_identity_id: identity?.auth_identity_id ?? null })
  }
)
