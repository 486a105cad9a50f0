import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AssistantQuestion } from "../../../modules/assistant/types"
import { assistantService } from "./service"

/** Refuses an empty or oversized question (400) before anything is searched. */
export const validateQuestionStep = createStep("validate-assistant-question", async (input: AssistantQuestion, { container }) => {
  assistantService(container).validateQuestion(input)
  return new StepResponse(undefined)
})
