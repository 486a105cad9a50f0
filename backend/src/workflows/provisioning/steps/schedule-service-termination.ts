import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { provisioningService } from "./service"

const DAY_MS = 86_400_000

/**
 * A cancelled or expired subscription's service is kept for the retention
 * days, then terminated by the service-actions job: sets `terminate_after`
 * once. The compensation clears it again.
 */
export const scheduleServiceTerminationStep = createStep(
  "schedule-service-termination",
  async (input: { subscription_id: string; asOf: Date }, { container }) => {
    const provisioning = provisioningService(container)
    const [service] = await provisioning.listServices({ subscription_id: input.subscription_id }, { select: ["id", "status", "terminate_after"] })
    if (!service || service.status === "terminated" || service.terminate_after) {
      return new StepResponse(null as string | null, null as string | null)
    }
    const terminateAfter = new Date(new Date(input.asOf).getTime() + provisioning.retentionDays * DAY_MS)
    await provisioning.updateServices({ id: service.id, terminate_after: terminateAfter })
    return new StepResponse(service.id as string | null, service.id as string | null)
  },
  async (id, { container }) => {
    if (id) {
      await provisioningService(container).updateServices({ id, terminate_after: null })
    }
  }
)
