import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AccountEvents } from "../workflows/account"
import { sendMfaCodeNotificationWorkflow, type MfaCodeIssued } from "../workflows/notification"

/** A sign-in or set-up code goes out by email or SMS. */
export default async function customerMfaCodeIssuedHandler({ event, container }: SubscriberArgs<Omit<MfaCodeIssued, "customer_id"> & { id: string }>) {
  await sendMfaCodeNotificationWorkflow(container).run({ input: { ...event.data, customer_id: event.data.id } })
}

export const config: SubscriberConfig = { event: AccountEvents.MFA_CODE_ISSUED }
