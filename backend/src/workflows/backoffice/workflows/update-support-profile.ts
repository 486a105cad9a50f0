import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { saveSupportProfileStep, type SaveSupportProfileInput } from "../steps"

const LOCK_KEY = "support-profile"

/**
 * An admin sets support's display name, avatar and chat hours (customers see them at once). Saves
 * queue behind a lock, so two first saves at once make one profile row, not two;
 * `support_profile.updated` last.
 */
export const updateSupportProfileWorkflow = createWorkflow("update-support-profile", (input: SaveSupportProfileInput) => {
  acquireLockStep({ key: LOCK_KEY, timeout: 30, ttl: 60 })
  const saved = saveSupportProfileStep(input)
  releaseLockStep({ key: LOCK_KEY })
  emitEventStep({ eventName: "support_profile.updated", data: transform({ saved }, ({ saved }) => ({ id: saved })) })
  return new WorkflowResponse(saved)
})
