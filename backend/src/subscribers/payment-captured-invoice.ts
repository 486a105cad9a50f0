import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshInvoiceStatusWorkflow } from "../workflows/invoice"

/** A captured payment (the admin's "Mark as paid", a gateway's capture) marks its order's invoice paid. */
export default async function paymentCapturedInvoiceHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
  const orderId = (data[0] as any)?.payment_collection?.order?.id as string | undefined
  if (orderId) {
    await refreshInvoiceStatusWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured", context: { subscriberId: "payment-captured-invoice" } }
