import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resetRateLimitStep } from "../steps"

/** An admin signed in: their address's attempt window starts again (a team signs in many times a day from one office). */
export const recordAdminSignInWorkflow = createWorkflow("record-admin-sign-in", (input: { ip: string }) => {
  resetRateLimitStep(transform({ input }, ({ input }) => ({ bucket: "admin_login", subject: input.ip })))
  return new WorkflowResponse(true)
})
