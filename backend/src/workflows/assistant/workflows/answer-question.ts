import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AssistantQuestion } from "../../../modules/assistant/types"
import { answerQuestionStep, getCustomerContextStep, searchHelpContextStep, validateQuestionStep } from "../steps"

export type AnswerQuestionWorkflowInput = AssistantQuestion

/**
 * The support assistant's answer to one question (see
 * src/modules/assistant/README.md): the help articles and FAQs that match,
 * the signed-in customer's own subscriptions and orders when Gemini answers,
 * then the assistant module's answer with citations and handover. Writes nothing.
 */
export const answerQuestionWorkflow = createWorkflow("answer-question", (input: AnswerQuestionWorkflowInput) => {
  validateQuestionStep(input)
  const [help, customer] = parallelize(
    searchHelpContextStep(transform({ input }, ({ input }) => ({ message: input.message }))),
    getCustomerContextStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id ?? null })))
  )
  const answer = answerQuestionStep(
    transform({ input, help, customer }, ({ input, help, customer }) => ({
      question: { message: input.message, customer_id: input.customer_id ?? null, unhelpful_count: input.unhelpful_count ?? 0 },
      context: { articles: help.articles, faqs: help.faqs, customer },
    }))
  )
  return new WorkflowResponse(answer)
})
