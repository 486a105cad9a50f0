import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AssistantQuestion } from "../../../modules/assistant/types"
import { answerQuestionStep, getCustomerContextStep, getSupportStatusStep, searchHelpContextStep, validateQuestionStep } from "../steps"

export type AnswerQuestionWorkflowInput = AssistantQuestion & {
  /** when the question is asked: a guest's handover depends on support's chat hours then */
  asOf?: Date
}

/**
 * The support assistant's answer to one question (see
 * src/modules/assistant/README.md): the help articles and FAQs that match,
 * the signed-in customer's own subscriptions and orders when Gemini answers,
 * then the assistant module's answer with citations and handover. Writes nothing.
 */
export const answerQuestionWorkflow = createWorkflow("answer-question", (input: AnswerQuestionWorkflowInput) => {
  validateQuestionStep(input)
  const [help, customer, support] = parallelize(
    searchHelpContextStep(transform({ input }, ({ input }) => ({ message: input.message }))),
    getCustomerContextStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id ?? null }))),
    getSupportStatusStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id ?? null, asOf: input.asOf ?? null })))
  )
  const answer = answerQuestionStep(
    transform({ input, help, customer, support }, ({ input, help, customer, support }) => ({
      question: { message: input.message, customer_id: input.customer_id ?? null, unhelpful_count: input.unhelpful_count ?? 0 },
      context: { articles: help.articles, faqs: help.faqs, customer, support },
    }))
  )
  return new WorkflowResponse(answer)
})
