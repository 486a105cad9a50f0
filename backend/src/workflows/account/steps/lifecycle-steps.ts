import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import type SubscriptionModuleService from "../../../modules/subscription/service"
import { accountService, authService } from "../utils/identity"

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

/**
 * Removes what identifies a person from the customer record (name, email,
 * phone, addresses) and deletes the login; orders keep their own copy for
 * accounting. Irreversible by design: runs after every check.
 */
export const anonymizeCustomerStep = createStep(
  "anonymize-customer",
  async (input: { customer_id: string; auth_identity_id: string | null; shopper_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, { relations: ["addresses"] })
    if (customer.addresses?.length) {
      await customers.deleteCustomerAddresses(customer.addresses.map((a) => a.id))
    }
    await customers.updateCustomers(input.customer_id, {
      email: `deleted-${input.shopper_id.toLowerCase()}@deleted.invalid`,
      first_name: null,
      last_name: null,
      phone: null,
      company_name: null,
      metadata: { anonymized: true },
    })
    if (input.auth_identity_id) {
      await authService(container).deleteAuthIdentities([input.auth_identity_id])
    }
    // nothing renews for a deleted account: subscriptions end with their paid term
    const subs: SubscriptionModuleService = container.resolve(SUBSCRIPTION_MODULE)
    const active = await subs.listSubscriptions({ customer_id: input.customer_id, status: ["active", "suspended"] } as never)
    for (const sub of active) {
      await subs.updateSubscriptions({ id: sub.id, auto_renew: false, cancel_at_period_end: true })
      await subs.recordEvent(sub.id, { type: "cancel_requested", actor: "customer", actor_id: input.customer_id, note: "Account deleted", at: new Date() })
    }
    return new StepResponse(true)
  }
)
