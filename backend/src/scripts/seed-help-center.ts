import type { MedusaContainer } from "@medusajs/framework/types"
import { HELP_CENTER_MODULE } from "../modules/help-center"
import type HelpCenterModuleService from "../modules/help-center/service"
import { createFaqsWorkflow, createHelpArticlesWorkflow } from "../workflows/help-center"
import { HELP_ARTICLES, HELP_FAQS } from "./seed-data/help-center"

/**
 * Seed step: creates the published help articles and FAQs that are missing
 * (articles matched by handle, FAQs by question), so a second run creates
 * nothing. Returns how many of each it created.
 */
export async function seedHelpCenter(container: MedusaContainer): Promise<{ articles: number; faqs: number }> {
  const service = container.resolve<HelpCenterModuleService>(HELP_CENTER_MODULE)
  const existingArticles = await service.listHelpArticles(
    { handle: HELP_ARTICLES.map((a) => a.handle) },
    { select: ["handle"] }
  )
  const haveHandle = new Set(existingArticles.map((a) => a.handle))
  const articles = HELP_ARTICLES.filter((a) => !haveHandle.has(a.handle)).map((a) => ({ ...a, published: true }))
  if (articles.length) {
    await createHelpArticlesWorkflow(container).run({ input: { articles } })
  }

  const existingFaqs = await service.listFaqs({ question: HELP_FAQS.map((f) => f.question) }, { select: ["question"] })
  const haveQuestion = new Set(existingFaqs.map((f) => f.question))
  const faqs = HELP_FAQS.filter((f) => !haveQuestion.has(f.question)).map((f) => ({ ...f, published: true }))
  if (faqs.length) {
    await createFaqsWorkflow(container).run({ input: { faqs } })
  }
  return { articles: articles.length, faqs: faqs.length }
}
