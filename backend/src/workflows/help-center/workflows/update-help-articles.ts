import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type HelpArticleUpdate, updateHelpArticlesStep, validateHelpArticleHandlesStep } from "../steps"

export const updateHelpArticlesWorkflow = createWorkflow(
  "update-help-articles",
  (input: { articles: HelpArticleUpdate[] }) => {
    validateHelpArticleHandlesStep(input.articles)
    const articles = updateHelpArticlesStep(input.articles)
    // one event per record; the help-center-changed subscriber refreshes the storefront's cached pages
    const events = transform({ articles }, ({ articles }) => articles.map((r) => ({ id: r.id })))
    emitEventStep({ eventName: "help_article.updated", data: events })
    return new WorkflowResponse(articles)
  }
)
