import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCreditNotesWorkflow } from "../workflows/invoice"
import { sendRefundNotificationWorkflow } from "../workflows/notification"

/**
 * Credit notes for the payment's refunds (one per refund: a replayed event
 * adds none), then the refund email to the customer with the credit note of
 * this refund attached. The email goes out even if no credit note could be
 * issued (logged).
 */
export default async function paymentRefundedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notes = await createCreditNotesWorkflow(container)
    .run({ input: { payment_id: event.data.id, asOf: new Date() } })
    .then(({ result }) => result)
    .catch((e: Error) => {
      logger.error(`Credit note for payment ${event.data.id} could not be issued; emailing the refund without it: ${e.message}`)
      return []
    })
  await sendRefundNotificationWorkflow(container).run({
    input: {
      payment_id: event.data.id,
      credit_notes: notes.map((n) => ({ id: n.id, number: n.number, refund_id: n.refund_id, invoice_number: n.invoice_number })),
    },
  })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
