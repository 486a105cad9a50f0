import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { assignChatStep, type AssignChatStepInput, broadcastChatStep } from "../steps"
import { CHAT_MESSAGE_CREATED_EVENT } from "./events"

/** An admin takes a chat, or transfers it to another admin; the customer sees who has it. */
export const assignChatWorkflow = createWorkflow("assign-chat", (input: AssignChatStepInput) => {
  const result = assignChatStep(input)
  emitEventStep({
    eventName: CHAT_MESSAGE_CREATED_EVENT,
    data: transform({ result }, ({ result }) => result.message_ids.map((message_id) => ({ id: result.chat_id, message_id }))),
  })
  broadcastChatStep(transform({ result, input }, ({ result, input }) => ({ chat_id: result.chat_id, message_ids: result.message_ids, asOf: input.asOf })))
  return new WorkflowResponse(result)
})
