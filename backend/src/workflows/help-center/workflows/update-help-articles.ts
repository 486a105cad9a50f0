import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type HelpArticleUpdate, updateHelpArticlesStep, validateHelpArticleHandlesStep } from "../steps"

export const updateHelpArticlesWorkflow = createWorkflow(
  "update-help-articles",
  (input: { articles: HelpArticleUpdate[] }) => {
    validateHelpArticleHandlesStep(input.articles)
    return new WorkflowResponse(updateHelpArticlesStep(input.articles))
  }
)
