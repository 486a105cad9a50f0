import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AssistantAnswer } from "../../../modules/assistant/types"
import { answerQuestionWorkflow } from "../../assistant"

export type AskAssistantStepInput = { chat_id: string; message: string; customer_id: string; unhelpful_count: number }

/** What the customer reads when the assistant itself failed: a person takes over. */
const UNAVAILABLE: AssistantAnswer = {
  answer: "I can't answer that right now, so I'm handing you over to a person.",
  citations: [],
  handover: true,
  handover_reason: "low_confidence",
  provider: "offline",
  confidence: 0,
}

/**
 * The assistant's answer to the customer's message (src/modules/assistant/README.md:
 * answerQuestionWorkflow; Gemini or the offline help-center answer). Writes
 * nothing, so there is nothing to undo (a Gemini call cannot be taken back).
 * Should the assistant fail altogether, the chat goes to a person instead of
 * losing the customer's message.
 */
export const askAssistantStep = createStep("ask-chat-assistant", async (input: AskAssistantStepInput, { container }) => {
  const { result, errors } = await answerQuestionWorkflow(container).run({
    input: { message: input.message.slice(0, 2000), customer_id: input.customer_id, unhelpful_count: input.unhelpful_count },
    throwOnError: false,
  })
  if (errors?.length || !result) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`chat ${input.chat_id}: assistant failed, handing over: ${errors?.[0]?.error?.message ?? "no answer"}`)
    return new StepResponse(UNAVAILABLE)
  }
  return new StepResponse(result as AssistantAnswer)
})
