import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInvoiceWorkflow } from "../workflows/invoice"
import { sendOrderConfirmationWorkflow } from "../workflows/notification"

/**
 * The order's invoice (issued once: a replayed event gets the same one back),
 * then the order confirmation email with the invoice attached (idempotent too).
 * The confirmation goes out even if the invoice can't be issued; the error is
 * logged and the invoice is issued on its first download instead.
 */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const invoice = await createInvoiceWorkflow(container)
    .run({ input: { order_id: event.data.id, asOf: new Date() } })
    .then(({ result }) => ({ id: result.id as string, number: result.number as string }))
    .catch((e: Error) => {
      logger.error(`Invoice for order ${event.data.id} could not be issued; confirming without it: ${e.message}`)
      return null
    })
  await sendOrderConfirmationWorkflow(container).run({ input: { order_id: event.data.id, invoice } })
}

export const config: SubscriberConfig = { event: "order.placed" }
