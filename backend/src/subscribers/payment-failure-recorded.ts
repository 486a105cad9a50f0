import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PAYMENT_FAILURE_RECORDED_EVENT, sendPaymentFailedNotificationWorkflow } from "../workflows/payment"

/** payment_failure.recorded → the shopper's "payment did not go through" email. */
export default async function paymentFailureRecordedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendPaymentFailedNotificationWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: PAYMENT_FAILURE_RECORDED_EVENT }
