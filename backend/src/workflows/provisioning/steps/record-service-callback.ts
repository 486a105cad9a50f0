import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RecordedBefore } from "../../../modules/provisioning/service"
import type { ProviderCallback } from "../../../modules/provisioning/types"
import { provisioningService } from "./service"

/**
 * A provider's verified report about an action: applied once per callback id
 * (a replay changes nothing, a finished action stays finished). The
 * compensation puts the action and the service back as they were.
 */
export const recordServiceCallbackStep = createStep(
  "record-service-callback",
  async (input: { callback: ProviderCallback; asOf: Date }, { container }) => {
    const { callback } = input
    const recorded = await provisioningService(container).recordOutcome(
      callback.action_id,
      callback.status === "succeeded"
        ? { status: "succeeded", service: callback.service ?? {} }
        : { status: "failed", error: callback.error || "The provisioning platform reported a failure" },
      new Date(input.asOf),
      { callbackId: callback.id }
    )
    return new StepResponse(recorded, recorded.before as RecordedBefore | null)
  },
  async (before, { container }) => {
    if (before) {
      await provisioningService(container).restoreRecorded(before)
    }
  }
)
