import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_LOG_MODULE } from "../../../modules/notification-log"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

export type QueueNotificationStepInput = {
  template: string
  /** recipient; defaults to the customer's email (email) or phone (sms) */
  to?: string | null
  customer_id?: string | null
  data?: Record<string, unknown>
  /** one key per message: asking again with it returns the first record */
  idempotency_key: string
  resend_of_id?: string | null
  /** send exactly this content instead of rendering the template (resends) */
  content?: { subject: string | null; html: string | null; text: string } | null
}

/**
 * Records a message as "queued" before anything is sent: rendered, with its
 * recipient and customer, so a crash or an SMTP outage can't lose it.
 */
export const queueNotificationStep = createStep(
  "queue-notification",
  async (input: QueueNotificationStepInput, { container }) => {
    const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
    const [existing] = await log.listNotificationDetails({ idempotency_key: input.idempotency_key })
    if (existing) {
      return new StepResponse({ detail: existing, created: false }, null)
    }
    const definition = log.renderer.definition(input.template)
    if (!definition) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown template: ${input.template}`)
    }

    let customer: { id: string; email?: string | null; phone?: string | null; first_name?: string | null; last_name?: string | null } | null = null
    let shopperId: string | null = null
    if (input.customer_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "customer",
        fields: ["id", "email", "phone", "first_name", "last_name", "account_profile.shopper_id"],
        filters: { id: input.customer_id },
      })
      if (!data.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
      }
      customer = data[0]
      shopperId = (data[0] as { account_profile?: { shopper_id?: string } | null }).account_profile?.shopper_id ?? null
    }
    const to = input.to || (definition.channel === "email" ? customer?.email : customer?.phone)
    if (!to) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        definition.channel === "sms"
          ? "The customer has no phone number to send an SMS to"
          : "The message has no recipient"
      )
    }
    const data = {
      customer: customer
        ? { first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", email: customer.email }
        : undefined,
      shopper_id: shopperId,
      ...input.data,
    }
    const rendered = input.content ?? log.renderer.render(input.template, data)
    const detail = await log.createNotificationDetails({
      channel: definition.channel,
      to,
      customer_id: customer?.id ?? null,
      shopper_id: shopperId,
      template: input.template,
      subject: rendered.subject,
      body_html: rendered.html,
      body_text: rendered.text,
      data,
      status: "queued",
      idempotency_key: input.idempotency_key,
      resend_of_id: input.resend_of_id ?? null,
    })
    return new StepResponse({ detail, created: true }, detail.id)
  },
  async (createdId, { container }) => {
    if (createdId) {
      const log: NotificationLogModuleService = container.resolve(NOTIFICATION_LOG_MODULE)
      await log.deleteNotificationDetails(createdId)
    }
  }
)
