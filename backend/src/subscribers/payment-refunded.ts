import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendRefundNotificationWorkflow } from "../workflows/notification"

/** Refund email to the customer of the refunded order. */
export default async function paymentRefundedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendRefundNotificationWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
