import type { InferTypeOf } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type Service from "../../../modules/provisioning/models/service"
import { provisioningService } from "./service"
import type { ServiceActionPlan } from "./validate-service-action"

type ServiceBefore = Pick<InferTypeOf<typeof Service>, "id" | "status" | "terminate_after">
type Undo = { action_id: string | null; service: ServiceBefore | null }

/**
 * The action for the plan's transition (the existing one when its dedupe key
 * was asked for before). A new provision puts a failed or terminated service
 * back to provisioning; provision and unsuspend call off a scheduled
 * termination. The compensation removes a created action and restores the service.
 */
export const requestServiceActionStep = createStep(
  "request-service-action",
  async (input: { plan: ServiceActionPlan; service_id: string | null; asOf: Date }, { container }) => {
    const { plan } = input
    if (!plan.proceed || !input.service_id) {
      return new StepResponse(null, null as Undo | null)
    }
    const provisioning = provisioningService(container)
    const { action, created } = await provisioning.requestAction({
      service_id: input.service_id,
      action: plan.action,
      dedupe_key: plan.dedupe_key,
      data: plan.data,
      requested_by: plan.requested_by,
      requested_by_id: plan.requested_by_id,
      asOf: new Date(input.asOf),
    })
    let before: ServiceBefore | null = null
    if (created && (plan.action === "provision" || plan.action === "unsuspend")) {
      const service = await provisioning.retrieveService(input.service_id, { select: ["id", "status", "terminate_after"] })
      const change = {
        ...(plan.action === "provision" && service.status !== "provisioning" ? { status: "provisioning" as const } : {}),
        ...(service.terminate_after ? { terminate_after: null } : {}),
      }
      if (Object.keys(change).length) {
        before = { id: service.id, status: service.status, terminate_after: service.terminate_after }
        await provisioning.updateServices({ id: service.id, ...change })
      }
    }
    return new StepResponse({ id: action.id, created }, { action_id: created ? action.id : null, service: before })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const provisioning = provisioningService(container)
    if (undo.action_id) {
      await provisioning.deleteServiceActions(undo.action_id)
    }
    if (undo.service) {
      await provisioning.updateServices(undo.service)
    }
  }
)
