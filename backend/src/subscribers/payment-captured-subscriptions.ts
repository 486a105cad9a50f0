import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { applyOrderPaymentWorkflow } from "../workflows/subscription"

/** A captured payment (the admin's "Mark as paid", a gateway's capture) activates, renews or upgrades its order's subscriptions. */
export default async function paymentCapturedSubscriptionsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
  const orderId = (data[0] as any)?.payment_collection?.order?.id as string | undefined
  if (orderId) {
    await applyOrderPaymentWorkflow(container).run({ input: { order_id: orderId, asOf: new Date() } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured", context: { subscriberId: "payment-captured-subscriptions" } }
