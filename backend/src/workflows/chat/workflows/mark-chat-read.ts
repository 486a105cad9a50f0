import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { broadcastChatStep, markChatReadStep, type MarkChatReadStepInput } from "../steps"

/** The customer or an admin has read the chat: their unread count is 0 (sockets hear of it). */
export const markChatReadWorkflow = createWorkflow("mark-chat-read", (input: MarkChatReadStepInput & { asOf: Date }) => {
  const result = markChatReadStep(
    transform({ input }, ({ input }) => ({ chat_id: input.chat_id, customer_id: input.customer_id, side: input.side }))
  )
  when("chat-read-changed", { result }, ({ result }) => result.changed).then(() => {
    broadcastChatStep(transform({ result, input }, ({ result, input }) => ({ chat_id: result.chat_id, asOf: input.asOf })))
  })
  return new WorkflowResponse(result)
})
