import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  claimServiceActionStep,
  emitServiceEventsStep,
  ensureServiceStep,
  performServiceActionStep,
  requestServiceActionStep,
  type RunServiceActionInput,
  validateServiceActionStep,
} from "../steps"

/**
 * One action of a service (provision, suspend, unsuspend, terminate, reboot,
 * reinstall): decide what applies → the service (created for a first
 * provision) → the action, one per transition by its dedupe key → an atomic
 * claim of its attempt → the provider call (irreversible) → the events.
 * Replays find the action done or claimed and call nobody; a failed call is
 * left for the service-actions job to retry.
 */
export const runServiceActionWorkflow = createWorkflow("run-service-action", (input: RunServiceActionInput) => {
  const plan = validateServiceActionStep(input)
  const ensured = ensureServiceStep(plan)
  const requested = requestServiceActionStep(
    transform({ plan, ensured, input }, ({ plan, ensured, input }) => ({ plan, service_id: ensured.service_id, asOf: input.asOf }))
  )
  const claim = claimServiceActionStep(transform({ requested, input }, ({ requested, input }) => ({ id: requested?.id ?? null, asOf: input.asOf })))
  const recorded = performServiceActionStep(transform({ claim, input }, ({ claim, input }) => ({ claim, asOf: input.asOf })))
  emitServiceEventsStep(
    transform({ plan, ensured, requested, recorded }, ({ plan, ensured, requested, recorded }) => ({
      events: [
        ...(requested?.created && plan.action === "provision" && ensured.service_id ? [{ name: "service.provisioning", id: ensured.service_id }] : []),
        ...(recorded?.events ?? []).map((name) => ({ name, id: recorded!.service_id })),
      ],
    }))
  )
  return new WorkflowResponse(
    transform({ plan, ensured, requested, recorded }, ({ plan, ensured, requested, recorded }) => ({
      service_id: ensured.service_id,
      action_id: requested?.id ?? null,
      action: plan.action,
      /** false when nothing applied (lifecycle) or the action had already been run */
      ran: !!recorded?.applied,
      status: recorded?.status ?? null,
    }))
  )
})
