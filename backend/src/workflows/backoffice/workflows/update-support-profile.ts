import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveSupportProfileStep, type SaveSupportProfileInput } from "../steps"

/** An admin sets support's display name, avatar and chat hours (customers see them at once). */
export const updateSupportProfileWorkflow = createWorkflow("update-support-profile", (input: SaveSupportProfileInput) => {
  return new WorkflowResponse(saveSupportProfileStep(input))
})
