import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { handOverChatStep, recordChatFeedbackStep, type RecordChatFeedbackStepInput } from "../steps"
import { CHAT_HANDED_OVER_EVENT, CHAT_MESSAGE_CREATED_EVENT, CHAT_UPDATED_EVENT } from "./events"

export type RateChatAnswerInput = RecordChatFeedbackStepInput & { asOf: Date }

/** "Was this helpful?" on a bot answer; the second unhelpful answer in a row hands the chat to a person. */
export const rateChatAnswerWorkflow = createWorkflow("rate-chat-answer", (input: RateChatAnswerInput) => {
  const feedback = recordChatFeedbackStep(
    transform({ input }, ({ input }) => ({
      chat_id: input.chat_id,
      customer_id: input.customer_id,
      message_id: input.message_id,
      helpful: input.helpful,
    }))
  )
  const handover = when("chat-unhelpful-handover", { feedback }, ({ feedback }) => feedback.hand_over).then(() => {
    const result = handOverChatStep(
      transform({ input }, ({ input }) => ({ chat_id: input.chat_id, customer_id: input.customer_id, reason: "unhelpful" as const, asOf: input.asOf }))
    )
    emitEventStep({
      eventName: CHAT_MESSAGE_CREATED_EVENT,
      data: transform({ result }, ({ result }) => result.message_ids.map((message_id) => ({ id: result.chat_id, message_id }))),
    }).config({ name: "emit-chat-message-created" })
    emitEventStep({ eventName: CHAT_HANDED_OVER_EVENT, data: transform({ result }, ({ result }) => ({ id: result.chat_id })) }).config({
      name: "emit-chat-handed-over",
    })
    return result
  })
  emitEventStep({
    eventName: CHAT_UPDATED_EVENT,
    data: transform({ feedback, handover }, ({ feedback, handover }) => ({ id: feedback.chat_id, message_ids: handover?.message_ids ?? [] })),
  }).config({ name: "emit-chat-updated" })
  return new WorkflowResponse(
    transform({ feedback, handover }, ({ feedback, handover }) => ({ ...feedback, handed_over: !!handover?.handed_over }))
  )
})
