import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

/**
 * A test send of an email template to the admin asking for it: their email and the template's
 * sample data. Only email templates (an admin has no phone on file). Reads only.
 */
export const prepareTemplateTestStep = createStep(
  "prepare-notification-template-test",
  async (input: { template: string; user_id: string }, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const definition = log.renderer.definition(input.template)
    if (!definition) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Template ${input.template} was not found`)
    }
    if (definition.channel !== "email") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Test sends are for email templates")
    }
    const [user] = await container.resolve(Modules.USER).listUsers({ id: input.user_id }, { select: ["id", "email"] })
    if (!user?.email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Your admin user has no email address")
    }
    return new StepResponse({ to: user.email as string, data: definition.sample })
  }
)
