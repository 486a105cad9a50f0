import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELP_CENTER_MODULE } from "../../../modules/help-center"
import type HelpCenterModuleService from "../../../modules/help-center/service"
import type { ContextArticle, ContextFaq } from "../../../modules/assistant/types"
import { assistantService } from "./service"

/** How many search hits become context (the Gemini prompt uses the first 4). */
export const CONTEXT_ARTICLES = 5
/** Published FAQs read for matching (the whole list is short; capped for safety). */
const CONTEXT_FAQS = 200

export type SearchHelpContextInput = { message: string }
export type SearchHelpContextOutput = { articles: ContextArticle[]; faqs: ContextFaq[] }

/**
 * The published help articles that best match the question (the help-center
 * module's ranked full-text search over the question's keywords), with
 * their bodies, best first; and the published FAQs. Reads only.
 */
export const searchHelpContextStep = createStep(
  "search-help-context",
  async (input: SearchHelpContextInput, { container }) => {
    const help = container.resolve<HelpCenterModuleService>(HELP_CENTER_MODULE)
    const q = assistantService(container).searchQuery(input.message)
    let articles: ContextArticle[] = []
    if (q) {
      const { hits } = await help.searchArticles(q, { published: true, limit: CONTEXT_ARTICLES })
      if (hits.length) {
        const rows = await help.listHelpArticles(
          { id: hits.map((h) => h.id), published: true },
          { select: ["id", "handle", "title", "excerpt", "body", "category", "tags"] }
        )
        const byId = new Map(rows.map((r) => [r.id, r]))
        articles = hits.flatMap((hit) => {
          const a = byId.get(hit.id)
          return a
            ? [{
                id: a.id,
                handle: a.handle,
                title: a.title,
                excerpt: a.excerpt ?? null,
                body: a.body,
                category: a.category,
                tags: Array.isArray(a.tags) ? a.tags : [],
                rank: hit.rank,
              }]
            : []
        })
      }
    }
    const faqRows = await help.listFaqs(
      { published: true },
      { select: ["id", "question", "answer", "category"], order: { rank: "ASC" }, take: CONTEXT_FAQS }
    )
    const faqs: ContextFaq[] = faqRows.map((f) => ({ id: f.id, question: f.question, answer: f.answer, category: f.category }))
    return new StepResponse<SearchHelpContextOutput>({ articles, faqs })
  }
)
