import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { handOverChatStep, type HandOverChatStepInput } from "../steps"
import { CHAT_HANDED_OVER_EVENT, CHAT_MESSAGE_CREATED_EVENT, CHAT_UPDATED_EVENT } from "./events"

/** The customer asks for a person: a `bot` chat waits for an admin (chat.handed_over); otherwise nothing changes. */
export const handOverChatWorkflow = createWorkflow("hand-over-chat", (input: HandOverChatStepInput) => {
  const result = handOverChatStep(input)
  when("chat-handed-over", { result }, ({ result }) => result.handed_over).then(() => {
    emitEventStep({
      eventName: CHAT_MESSAGE_CREATED_EVENT,
      data: transform({ result }, ({ result }) => result.message_ids.map((message_id) => ({ id: result.chat_id, message_id }))),
    }).config({ name: "emit-chat-message-created" })
    emitEventStep({ eventName: CHAT_HANDED_OVER_EVENT, data: transform({ result }, ({ result }) => ({ id: result.chat_id })) }).config({
      name: "emit-chat-handed-over",
    })
    emitEventStep({
      eventName: CHAT_UPDATED_EVENT,
      data: transform({ result }, ({ result }) => ({ id: result.chat_id, message_ids: result.message_ids })),
    }).config({ name: "emit-chat-updated" })
  })
  return new WorkflowResponse(result)
})
