import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type NotificationLogModuleService from "../../../modules/notification-log/service"

export type QueueNotificationInput = {
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

/** A notification_detail row as queued. */
export type NotificationRow = {
  channel: "email" | "sms"
  to: string
  customer_id: string | null
  shopper_id: string | null
  template: string
  subject: string | null
  body_html: string | null
  body_text: string
  data: Record<string, unknown>
  status: "queued"
  idempotency_key: string
  resend_of_id: string | null
}

/** A message ready to insert, or why it can't be sent. */
export type PreparedNotification = { row: NotificationRow; error?: undefined } | { row?: undefined; error: MedusaError }

type Customer = {
  id: string
  email?: string | null
  phone?: string | null
  first_name?: string | null
  last_name?: string | null
  account_profile?: { shopper_id?: string | null } | null
}

/**
 * The notification_detail rows for messages to queue: recipient resolved,
 * rendered, status "queued". Customers are read in one query whatever the
 * number of messages, so a lifecycle page of 500 reminders costs one read.
 * A message that can't be addressed (its customer is gone, no email or
 * phone) comes back as an error in its place, for the caller to throw or skip;
 * an unknown template always throws.
 */
export async function prepareNotifications(
  container: MedusaContainer,
  log: NotificationLogModuleService,
  inputs: QueueNotificationInput[]
): Promise<PreparedNotification[]> {
  const definitions = inputs.map((input) => {
    const definition = log.renderer.definition(input.template)
    if (!definition) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown template: ${input.template}`)
    }
    return definition
  })
  // admins' edited versions, for the templates that will be rendered (resends carry their content)
  const edited = await log.currentTemplateVersions(inputs.filter((i) => !i.content).map((i) => i.template))
  const customerIds = [...new Set(inputs.map((i) => i.customer_id).filter((id): id is string => !!id))]
  const customers = new Map<string, Customer>()
  if (customerIds.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "phone", "first_name", "last_name", "account_profile.shopper_id"],
      filters: { id: customerIds },
    })
    for (const customer of data as Customer[]) {
      customers.set(customer.id, customer)
    }
  }
  return inputs.map((input, i) => {
    const definition = definitions[i]
    const customer = input.customer_id ? customers.get(input.customer_id) : undefined
    if (input.customer_id && !customer) {
      return { error: new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`) }
    }
    const shopperId = customer?.account_profile?.shopper_id ?? null
    const to = input.to || (definition.channel === "email" ? customer?.email : customer?.phone)
    if (!to) {
      return {
        error: new MedusaError(
          MedusaError.Types.INVALID_DATA,
          definition.channel === "sms" ? "The customer has no phone number to send an SMS to" : "The message has no recipient"
        ),
      }
    }
    const data = {
      customer: customer
        ? { first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", email: customer.email }
        : undefined,
      shopper_id: shopperId,
      ...input.data,
    }
    const rendered = input.content ?? log.renderer.render(input.template, data, edited.get(input.template))
    const row: NotificationRow = {
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
    }
    return { row }
  })
}
