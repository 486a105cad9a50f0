import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAccountWorkflow, emitEventStep, requestVerificationWorkflow } from "@medusajs/medusa/core-flows"
import { AccountEvents } from "../events"
import { ensureAccountProfileStep, recordSecurityEventStep, registerIdentityStep, validatePasswordStep, type RequestContext } from "../steps"
import { EMAIL_CODE_PROVIDER } from "../utils/identity"

export type RegisterCustomerInput = {
  email: string
  password: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  /** when the request came (the hourly "account exists" email counts from it) */
  asOf: Date
} & RequestContext

/**
 * Registration: identity + Medusa customer + shopper id + an emailed code
 * (Medusa's verification request; its event carries the code to the mailer).
 * For an address that already has an account nothing is created and
 * `customer.registered_again` tells its owner by email; the answer is the
 * same either way.
 */
export const registerCustomerAccountWorkflow = createWorkflow("register-customer-account", (input: RegisterCustomerInput) => {
  const email = transform({ input }, ({ input }) => input.email.trim().toLowerCase())
  validatePasswordStep(transform({ input, email }, ({ input, email }) => ({ password: input.password, email })))
  const identity = registerIdentityStep(
    transform({ input, email }, ({ input, email }) => ({ email, password: input.password, asOf: input.asOf }))
  )

  when({ identity }, ({ identity }) => !identity.existing).then(() => {
    const customer = createCustomerAccountWorkflow.runAsStep({
      input: transform({ input, email, identity }, ({ input, email, identity }) => ({
        authIdentityId: identity.auth_identity_id,
        customerData: {
          email,
          first_name: input.first_name ?? undefined,
          last_name: input.last_name ?? undefined,
          phone: input.phone ?? undefined,
        },
      })),
    })
    ensureAccountProfileStep(transform({ customer }, ({ customer }) => ({ customer_id: customer.id })))
    recordSecurityEventStep(
      transform({ input, customer, identity }, ({ input, customer, identity }) => ({
        type: "registered",
        customer_id: customer.id,
        auth_identity_id: identity.auth_identity_id,
        ip: input.ip,
        user_agent: input.user_agent,
      }))
    )
    requestVerificationWorkflow.runAsStep({
      input: transform({ identity, email }, ({ identity, email }) => ({
        auth_identity_id: identity.auth_identity_id,
        entity_id: email,
        entity_type: "email",
        code_provider: EMAIL_CODE_PROVIDER,
      })),
    })
  })

  when({ identity }, ({ identity }) => identity.existing).then(() => {
    emitEventStep({
      eventName: AccountEvents.REGISTERED_AGAIN,
      data: transform({ input, email, identity }, ({ input, email, identity }) => ({
        id: identity.customer_id,
        email,
        at: new Date(input.asOf).toISOString(),
      })),
    }).config({ name: "emit-registered-again" })
  })

  return new WorkflowResponse(transform({ email }, ({ email }) => ({ email })))
})
