import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { addTicketMessageStep, type AddTicketMessageStepInput, storeTicketAttachmentsStep } from "../steps"

export const TICKET_REPLIED_EVENT = "ticket.replied"

export type ReplyToTicketInput = Omit<AddTicketMessageStepInput, "attachments"> & {
  /** files to attach (base64), checked and stored before the message is written */
  files?: { name: string; content: string }[]
}

/** A reply from the customer or an admin, optionally with attachments; ticket.replied last. */
export const replyToTicketWorkflow = createWorkflow("reply-to-ticket", (input: ReplyToTicketInput) => {
  const attachments = storeTicketAttachmentsStep(
    transform({ input }, ({ input }) => ({ id: input.id, customer_id: input.customer_id, files: input.files ?? [] }))
  )
  const result = addTicketMessageStep(
    transform({ input, attachments }, ({ input, attachments }) => {
      const { files: _files, ...rest } = input
      return { ...rest, attachments }
    })
  )
  emitEventStep({
    eventName: TICKET_REPLIED_EVENT,
    data: transform({ result }, ({ result }) => ({ id: result.id, message_id: result.message_id })),
  })
  return new WorkflowResponse(result)
})
