import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { closeChatStep, type CloseChatStepInput } from "../steps"
import { CHAT_MESSAGE_CREATED_EVENT, CHAT_UPDATED_EVENT } from "./events"

/** The customer or an admin closes a chat. */
export const closeChatWorkflow = createWorkflow("close-chat", (input: Omit<CloseChatStepInput, "ticket_id">) => {
  const result = closeChatStep(input)
  emitEventStep({
    eventName: CHAT_MESSAGE_CREATED_EVENT,
    data: transform({ result }, ({ result }) => result.message_ids.map((message_id) => ({ id: result.chat_id, message_id }))),
  })
  emitEventStep({
    eventName: CHAT_UPDATED_EVENT,
    data: transform({ result }, ({ result }) => ({ id: result.chat_id, message_ids: result.message_ids })),
  }).config({ name: "emit-chat-updated" })
  return new WorkflowResponse(result)
})
