import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareTemplateTestStep, saveTemplateVersionStep, type SaveTemplateVersionInput } from "../steps"
import { queueNotificationWorkflow } from "./queue-notification"

/** An admin edits a template, reverts it to an older version or resets it: a new version, sent from now on. */
export const saveNotificationTemplateVersionWorkflow = createWorkflow(
  "save-notification-template-version",
  (input: SaveTemplateVersionInput) => new WorkflowResponse(saveTemplateVersionStep(input))
)

/** Sends an email template, as customers get it now, with its sample data to the admin who asks. */
export const sendNotificationTemplateTestWorkflow = createWorkflow(
  "send-notification-template-test",
  (input: { template: string; user_id: string; request_id: string }) => {
    const test = prepareTemplateTestStep(input)
    const detail = queueNotificationWorkflow.runAsStep({
      input: transform({ input, test }, ({ input, test }) => ({
        template: input.template,
        to: test.to,
        customer_id: null,
        data: test.data,
        idempotency_key: `template-test:${input.request_id}`,
      })),
    })
    return new WorkflowResponse(detail)
  }
)
