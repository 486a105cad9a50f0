import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AssistantAnswer, AssistantContext, AssistantQuestion } from "../../../modules/assistant/types"
import { assistantService } from "./service"

export type AnswerQuestionStepInput = { question: AssistantQuestion; context: AssistantContext }

/**
 * The assistant's answer from the gathered context. Last on purpose: it may
 * call Gemini, which cannot be undone (and needs no undoing: nothing is written).
 */
export const answerQuestionStep = createStep("answer-assistant-question", async (input: AnswerQuestionStepInput, { container }) => {
  const answer: AssistantAnswer = await assistantService(container).answer(input.question, input.context)
  return new StepResponse(answer)
})
