import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { broadcastChatStep, findOrCreateChatStep } from "../steps"

export type StartChatInput = { customer_id: string; subject?: string | null; asOf: Date }

/** The customer's open chat, or a new one (status `bot`: the assistant answers first). */
export const startChatWorkflow = createWorkflow("start-chat", (input: StartChatInput) => {
  const chat = findOrCreateChatStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, subject: input.subject })))
  broadcastChatStep(transform({ chat, input }, ({ chat, input }) => ({ chat_id: chat.id, asOf: input.asOf })))
  return new WorkflowResponse(chat)
})
