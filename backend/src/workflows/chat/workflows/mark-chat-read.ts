import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { markChatReadStep, type MarkChatReadStepInput } from "../steps"
import { CHAT_UPDATED_EVENT } from "./events"

/** The customer or an admin has read the chat: their unread count is 0 (sockets hear of it). */
export const markChatReadWorkflow = createWorkflow("mark-chat-read", (input: MarkChatReadStepInput & { asOf: Date }) => {
  const result = markChatReadStep(
    transform({ input }, ({ input }) => ({ chat_id: input.chat_id, customer_id: input.customer_id, side: input.side }))
  )
  when("chat-read-changed", { result }, ({ result }) => result.changed).then(() => {
    emitEventStep({
      eventName: CHAT_UPDATED_EVENT,
      data: transform({ result }, ({ result }) => ({ id: result.chat_id, message_ids: [] as string[] })),
    }).config({ name: "emit-chat-updated" })
  })
  return new WorkflowResponse(result)
})
