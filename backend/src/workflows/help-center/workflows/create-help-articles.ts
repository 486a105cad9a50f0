import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHelpArticlesStep, type HelpArticleInput } from "../steps"

export const createHelpArticlesWorkflow = createWorkflow(
  "create-help-articles",
  (input: { articles: HelpArticleInput[] }) => new WorkflowResponse(createHelpArticlesStep(input.articles))
)
