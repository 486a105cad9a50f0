import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartsStep } from "@medusajs/medusa/core-flows"
import { findOrCreateGuestCustomerStep } from "../steps"

/**
 * A cart without a customer that is given an email gets that email's guest
 * customer first, so that Medusa's update keeps it a guest cart (see
 * store/ownership-middlewares.ts): a registered customer's cart is theirs
 * alone, and nobody can make one by typing their email.
 */
export const attachGuestCustomerWorkflow = createWorkflow(
  "attach-guest-customer",
  (input: { cart_id: string; email: string }) => {
    const guest = findOrCreateGuestCustomerStep({ email: input.email })
    updateCartsStep(transform({ input, guest }, ({ input, guest }) => [{ id: input.cart_id, customer_id: guest.id }]))
    return new WorkflowResponse(guest)
  }
)
