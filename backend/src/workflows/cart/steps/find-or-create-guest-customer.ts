import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

/**
 * The guest customer (no account) with an email, created when there is none.
 * Medusa's findOrCreateCustomerStep takes any customer with the email, a
 * registered one included; a guest's cart must not become theirs.
 */
export const findOrCreateGuestCustomerStep = createStep(
  "find-or-create-guest-customer",
  async (input: { email: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [guest] = await customers.listCustomers({ email: input.email, has_account: false }, { take: 1 })
    if (guest) {
      return new StepResponse({ id: guest.id }, null)
    }
    const created = await customers.createCustomers({ email: input.email, has_account: false })
    return new StepResponse({ id: created.id }, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) {
      await container.resolve(Modules.CUSTOMER).deleteCustomers([createdId])
    }
  }
)
