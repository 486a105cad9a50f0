import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountEvents, SECURITY_ALERT_EVENTS } from "../workflows/account"
import { sendAccountSecurityNotificationWorkflow } from "../workflows/notification"

type AccountChange = { id: string; security_event_id?: string; email?: string | null }

/** Password, second-factor, suspension and deletion changes → the customer's email about them. */
export default async function customerSecurityNoticeHandler({ event, container }: SubscriberArgs<AccountChange>) {
  if (event.data.security_event_id) {
    await sendAccountSecurityNotificationWorkflow(container).run({
      input: { customer_id: event.data.id, security_event_id: event.data.security_event_id, email: event.data.email ?? null },
    })
  }
}

export const config: SubscriberConfig = {
  event: [...SECURITY_ALERT_EVENTS, AccountEvents.SUSPENDED, AccountEvents.DELETED_BY_CUSTOMER],
}
