import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { broadcastChatStep, handOverChatStep, type HandOverChatStepInput } from "../steps"
import { CHAT_HANDED_OVER_EVENT, CHAT_MESSAGE_CREATED_EVENT } from "./events"

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
    broadcastChatStep(transform({ result, input }, ({ result, input }) => ({ chat_id: result.chat_id, message_ids: result.message_ids, asOf: input.asOf })))
  })
  return new WorkflowResponse(result)
})
