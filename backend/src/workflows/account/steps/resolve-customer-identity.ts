import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { identityForCustomer } from "../utils/identity"

/** The customer's email + password identity (404 when the customer has no login). */
export const resolveCustomerIdentityStep = createStep(
  "resolve-customer-identity",
  async (input: { customer_id: string }, { container }) => {
    const { customer, identity } = await identityForCustomer(container, input.customer_id)
    return new StepResponse({
      customer_id: customer.id as string,
      email: customer.email as string,
      auth_identity_id: identity?.auth_identity_id ?? null,
    })
  }
)
