import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findOrCreateChatStep } from "../steps"
import { CHAT_UPDATED_EVENT } from "./events"
import { postChatMessageWorkflow } from "./post-chat-message"

export type StartChatInput = {
  customer_id: string
  subject?: string | null
  /** the customer's first words, posted into the chat as with postChatMessageWorkflow */
  message?: string
  asOf: Date
}

/**
 * The customer's open chat, or a new one (status `bot`: the assistant
 * answers first), and `message` posted into it. One workflow: when the
 * message is refused or can't be written, a chat opened for it is deleted
 * again (findOrCreateChatStep's compensation) — no empty chat is left.
 */
export const startChatWorkflow = createWorkflow("start-chat", (input: StartChatInput) => {
  const chat = findOrCreateChatStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, subject: input.subject })))
  const posted = when("start-chat-with-message", { input }, ({ input }) => !!input.message).then(() =>
    postChatMessageWorkflow.runAsStep({
      input: transform({ input, chat }, ({ input, chat }) => ({
        chat_id: chat.id,
        customer_id: input.customer_id,
        author_type: "customer" as const,
        author_id: input.customer_id,
        body: input.message ?? "",
        asOf: input.asOf,
      })),
    })
  )
  // the message's workflow tells the sockets itself
  when("start-chat-without-message", { input }, ({ input }) => !input.message).then(() => {
    emitEventStep({
      eventName: CHAT_UPDATED_EVENT,
      data: transform({ chat }, ({ chat }) => ({ id: chat.id, message_ids: [] as string[] })),
    }).config({ name: "emit-chat-updated" })
  })
  return new WorkflowResponse(
    transform({ chat, posted }, ({ chat, posted }) => ({
      id: chat.id,
      created: chat.created,
      message_id: posted?.message_id ?? null,
      reply_ids: posted?.reply_ids ?? [],
    }))
  )
})
