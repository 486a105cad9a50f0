import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHelpArticlesStep, type HelpArticleInput, validateHelpArticleHandlesStep } from "../steps"

export const createHelpArticlesWorkflow = createWorkflow(
  "create-help-articles",
  (input: { articles: HelpArticleInput[] }) => {
    validateHelpArticleHandlesStep(input.articles)
    return new WorkflowResponse(createHelpArticlesStep(input.articles))
  }
)
