import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { TicketPriority } from "../../../modules/ticket/utils"
import { createTicketWorkflow } from "../../ticket"
import { buildChatTranscriptStep, closeChatStep } from "../steps"
import { CHAT_CONVERTED_EVENT, CHAT_MESSAGE_CREATED_EVENT, CHAT_UPDATED_EVENT } from "./events"

export type ConvertChatToTicketInput = {
  chat_id: string
  /** the admin converting it: writes the ticket's first message and is its assignee */
  user_id: string
  subject?: string
  priority?: TicketPriority
  asOf: Date
}

/**
 * An admin turns a chat into a ticket (source `chat`) through the ticket
 * workflow: the transcript is the ticket's first message, the chat's files
 * its attachments, and the customer gets the usual ticket confirmation email
 * (ticket.created). The chat is closed with the ticket linked; chat.converted.
 */
export const convertChatToTicketWorkflow = createWorkflow("convert-chat-to-ticket", (input: ConvertChatToTicketInput) => {
  const transcript = buildChatTranscriptStep(transform({ input }, ({ input }) => ({ chat_id: input.chat_id })))
  const ticket = createTicketWorkflow.runAsStep({
    input: transform({ input, transcript }, ({ input, transcript }) => ({
      customer_id: transcript.customer_id,
      subject: input.subject || transcript.subject,
      category: "general",
      priority: input.priority ?? "normal",
      source: "chat" as const,
      body: transcript.body,
      author_type: "admin" as const,
      author_id: input.user_id,
      assignee_id: input.user_id,
      attachments: transcript.attachments,
      asOf: input.asOf,
    })),
  })
  const closed = closeChatStep(
    transform({ input, ticket }, ({ input, ticket }) => ({
      chat_id: input.chat_id,
      actor: { type: "admin" as const, id: input.user_id },
      ticket_id: ticket.id,
      asOf: input.asOf,
    }))
  )
  emitEventStep({
    eventName: CHAT_MESSAGE_CREATED_EVENT,
    data: transform({ closed }, ({ closed }) => closed.message_ids.map((message_id) => ({ id: closed.chat_id, message_id }))),
  }).config({ name: "emit-chat-message-created" })
  emitEventStep({
    eventName: CHAT_CONVERTED_EVENT,
    data: transform({ input, ticket }, ({ input, ticket }) => ({ id: input.chat_id, ticket_id: ticket.id })),
  }).config({ name: "emit-chat-converted" })
  emitEventStep({
    eventName: CHAT_UPDATED_EVENT,
    data: transform({ closed }, ({ closed }) => ({ id: closed.chat_id, message_ids: closed.message_ids })),
  }).config({ name: "emit-chat-updated" })
  return new WorkflowResponse(transform({ input, ticket }, ({ input, ticket }) => ({ chat_id: input.chat_id, ticket_id: ticket.id })))
})
