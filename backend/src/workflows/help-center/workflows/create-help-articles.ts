import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createHelpArticlesStep, type HelpArticleInput, validateHelpArticleHandlesStep } from "../steps"

export const createHelpArticlesWorkflow = createWorkflow(
  "create-help-articles",
  (input: { articles: HelpArticleInput[] }) => {
    validateHelpArticleHandlesStep(input.articles)
    const articles = createHelpArticlesStep(input.articles)
    // one event per record; the help-center-changed subscriber refreshes the storefront's cached pages
    const events = transform({ articles }, ({ articles }) => articles.map((r) => ({ id: r.id })))
    emitEventStep({ eventName: "help_article.created", data: events })
    return new WorkflowResponse(articles)
  }
)
