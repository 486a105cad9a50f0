import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { provisioningService } from "./service"

/**
 * The customer's own subscription with a service that has a root password
 * (404 for anyone else's, so nothing tells them it exists); answers the
 * service and the customer's email for the password check.
 */
export const validateServiceCredentialsAccessStep = createStep(
  "validate-service-credentials-access",
  async (input: { subscription_id: string; customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: subs } = await query.graph({
      entity: "subscription",
      fields: ["id", "customer.email"],
      filters: { id: input.subscription_id, customer_id: input.customer_id },
    })
    const sub = subs[0] as { id: string; customer?: { email?: string | null } | null } | undefined
    if (!sub) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${input.subscription_id} was not found`)
    }
    const [service] = await provisioningService(container).listServices(
      { subscription_id: sub.id },
      { select: ["id", "status", "root_password_encrypted"] }
    )
    if (!service?.root_password_encrypted || service.status === "terminated") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This subscription has no server credentials")
    }
    return new StepResponse({ service_id: service.id, email: sub.customer?.email ?? "" })
  }
)
