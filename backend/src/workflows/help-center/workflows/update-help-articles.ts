import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type HelpArticleUpdate, updateHelpArticlesStep } from "../steps"

export const updateHelpArticlesWorkflow = createWorkflow(
  "update-help-articles",
  (input: { articles: HelpArticleUpdate[] }) => new WorkflowResponse(updateHelpArticlesStep(input.articles))
)
