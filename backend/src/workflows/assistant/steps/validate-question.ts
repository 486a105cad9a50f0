import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AssistantQuestion } from "../../../modules/assistant/types"
import { assistantService } from "./service"

/** Refuses an empty question (INVALID_DATA, a 400 from a route) before anything is searched. */
export const validateQuestionStep = createStep("validate-assistant-question", async (input: AssistantQuestion, { container }) => {
  assistantService(container).validateQuestion(input)
  return new StepResponse(undefined)
})
