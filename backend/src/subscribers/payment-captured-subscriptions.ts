import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyOrderPaymentWorkflow } from "../workflows/subscription"

/** The payment as read below: the order it belongs to, if any. */
type PaymentOfOrder = { payment_collection?: { order?: { id: string } | null } | null }

/** A captured payment (the admin's "Mark as paid", a gateway's capture) activates, renews or upgrades its order's subscriptions. */
export default async function paymentCapturedSubscriptionsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
  const payment: PaymentOfOrder | undefined = data[0]
  const orderId = payment?.payment_collection?.order?.id
  if (orderId) {
    await applyOrderPaymentWorkflow(container).run({ input: { order_id: orderId, asOf: new Date() } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured", context: { subscriberId: "payment-captured-subscriptions" } }
