import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountEvents } from "../workflows/account"
import { sendPhoneCodeNotificationWorkflow } from "../workflows/notification"

/** The code proving a phone number goes out by SMS. */
export default async function customerPhoneCodeIssuedHandler({
  event,
  container,
}: SubscriberArgs<{ id: string; phone: string; code: string; issued_at: string }>) {
  await sendPhoneCodeNotificationWorkflow(container).run({ input: { ...event.data, customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: AccountEvents.PHONE_CODE_ISSUED }
