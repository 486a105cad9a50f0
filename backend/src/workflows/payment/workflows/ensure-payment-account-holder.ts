import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAccountHolderDTO } from "@medusajs/framework/types"
import { isPresent, Modules } from "@medusajs/framework/utils"
import {
  acquireLockStep,
  createPaymentAccountHolderStep,
  createRemoteLinkStep,
  releaseLockStep,
  useQueryGraphStep,
  validatePaymentProviderInRegionStep,
} from "@medusajs/medusa/core-flows"

export type EnsurePaymentAccountHolderInput = {
  customer_id: string
  provider_id: string
  /** the collection a session is about to be started for (its region must offer the provider) */
  payment_collection_id: string
}

/**
 * The customer's account holder with a payment provider (a Stripe customer),
 * created and linked once, whatever the number of checkouts starting at the
 * same moment. Medusa's createPaymentSessionsWorkflow creates the holder when
 * the customer has none, unguarded: parallel first sessions each create one
 * and all but the first fail on the unique (provider, external id). Run
 * before it, under a lock per customer and provider, this leaves it a holder
 * to reuse. Medusa's own steps do the work, as in createPaymentSessionsWorkflow.
 */
export const ensurePaymentAccountHolderWorkflow = createWorkflow(
  "ensure-payment-account-holder",
  (input: EnsurePaymentAccountHolderInput) => {
    validatePaymentProviderInRegionStep({
      payment_collection_id: input.payment_collection_id,
      provider_id: input.provider_id,
    })
    const lockKey = transform({ input }, ({ input }) => `payment-account-holder:${input.customer_id}:${input.provider_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })

    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "company_name", "first_name", "last_name", "phone", "addresses.*", "account_holders.*", "metadata"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const existing = transform({ customers, input }, ({ customers, input }) =>
      (customers[0]?.account_holders ?? []).find((holder) => holder?.provider_id === input.provider_id) ?? null
    )

    const created = when("account-holder-missing", { existing }, ({ existing }) => !existing).then(() =>
      createPaymentAccountHolderStep(
        transform({ customers, input }, ({ customers, input }) => {
          const customer = customers[0]
          // the shape Medusa's createPaymentSessionsWorkflow hands the provider (query's types allow null fields)
          return {
            provider_id: input.provider_id,
            context: {
              customer: {
                ...customer,
                billing_address: customer.addresses?.find((a) => a?.is_default_billing) ?? customer.addresses?.[0],
              },
            } as unknown as CreateAccountHolderDTO["context"],
          }
        })
      )
    )
    // providers without account holders (the offline one) return none: nothing to link
    when("account-holder-created", { created }, ({ created }) => isPresent(created)).then(() => {
      createRemoteLinkStep(
        transform({ input, created }, ({ input, created }) => [
          {
            [Modules.CUSTOMER]: { customer_id: input.customer_id },
            [Modules.PAYMENT]: { account_holder_id: created!.id },
          },
        ])
      )
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ existing, created }, ({ existing, created }) => existing ?? created ?? null))
  }
)
