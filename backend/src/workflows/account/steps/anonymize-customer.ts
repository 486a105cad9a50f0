import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { authService } from "../utils/identity"

/**
 * Removes what identifies a person from the customer record (name, email,
 * phone, addresses) and deletes the login; orders keep their own copy for
 * accounting. Irreversible by design (no compensation): it runs after every
 * check and every step that can be undone.
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
    return new StepResponse(true)
  }
)
