import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordSecurityEventStep, type RequestContext, validateCurrentPasswordStep } from "../../account"
import { validateServiceCredentialsAccessStep } from "../steps"

/**
 * "Show root password": the customer's own service (404 otherwise), their
 * account password re-entered (401 when wrong), the reveal written to their
 * security history. Answers the service id only: the route decrypts the
 * password, so it never passes through a workflow's stored results.
 */
export const authorizeServiceCredentialsWorkflow = createWorkflow(
  "authorize-service-credentials",
  (input: { subscription_id: string; customer_id: string; password: string } & RequestContext) => {
    const access = validateServiceCredentialsAccessStep(input)
    validateCurrentPasswordStep(transform({ access, input }, ({ access, input }) => ({ email: access.email, password: input.password })))
    recordSecurityEventStep(
      transform({ access, input }, ({ access, input }) => ({
        type: "service_credentials_viewed",
        customer_id: input.customer_id,
        ip: input.ip ?? null,
        user_agent: input.user_agent ?? null,
        data: { subscription_id: input.subscription_id, service_id: access.service_id },
      }))
    )
    return new WorkflowResponse(transform({ access }, ({ access }) => ({ service_id: access.service_id })))
  }
)
