import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Copies a verified phone onto Medusa's customer record. */
export const setCustomerPhoneStep = createStep(
  "set-customer-phone",
  async (input: { customer_id: string; phone: string | null }, { container }) => {
    const customers = container.resolve("customer") as {
      retrieveCustomer(id: string): Promise<{ phone?: string | null }>
      updateCustomers(id: string, data: Record<string, unknown>): Promise<unknown>
    }
    const before = await customers.retrieveCustomer(input.customer_id)
    await customers.updateCustomers(input.customer_id, { phone: input.phone })
    return new StepResponse(true, { id: input.customer_id, phone: before.phone ?? null })
  },
  async (prior, { container }) => {
    if (prior) {
      const customers = container.resolve("customer") as { updateCustomers(id: string, data: Record<string, unknown>): Promise<unknown> }
      await customers.updateCustomers(prior.id, { phone: prior.phone })
    }
  }
)
