import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { describeAdminEventStep, type AdminEventInput } from "../steps/describe-admin-event"
import { recordAdminActionStep } from "../steps/record-admin-action"

/** A domain event an admin's request caused goes to the admin action log (nothing for any other event). */
export const recordAdminEventWorkflow = createWorkflow("record-admin-event", (input: AdminEventInput) => {
  const entry = describeAdminEventStep(input)
  return new WorkflowResponse(recordAdminActionStep(entry))
})
