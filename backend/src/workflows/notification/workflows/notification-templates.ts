import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { prepareTemplateTestStep, saveTemplateVersionStep, type SaveTemplateVersionInput } from "../steps"
import { queueNotificationWorkflow } from "./queue-notification"

/**
 * An admin edits a template, reverts it to an older version or resets it: a new version, sent from
 * now on. Saves of one template queue behind a lock, so two at once get the next two numbers;
 * `notification_template.updated` (the template's name) last.
 */
export const saveNotificationTemplateVersionWorkflow = createWorkflow(
  "save-notification-template-version",
  (input: SaveTemplateVersionInput) => {
    const key = transform({ input }, ({ input }) => `notification-template:${input.template}`)
    acquireLockStep({ key, timeout: 30, ttl: 60 })
    const version = saveTemplateVersionStep(input)
    releaseLockStep({ key })
    emitEventStep({ eventName: "notification_template.updated", data: transform({ input }, ({ input }) => ({ id: input.template })) })
    return new WorkflowResponse(version)
  }
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
