import type { ListResponse } from "./common"

// The help center (`/store/help/*`, `/admin/help/*`): fields as `query-config.ts` of each lists them.

/** An article as the help center lists it. */
export type HelpArticleSummary = {
  id: string
  title: string
  handle: string
  excerpt: string | null
  category: string
  tags: string[] | null
  updated_at: string
}

type Votes = { helpful_count: number; not_helpful_count: number }

/** One published article with its markdown and the sanitised HTML the backend rendered from it. */
export type StoreHelpArticle = HelpArticleSummary & Votes & { body: string; body_html: string; created_at: string }
export type StoreHelpFaq = {
  id: string
  question: string
  answer: string
  answer_html: string
  category: string
  rank: number
  updated_at?: string
}
export type StoreHelpArticleListResponse = ListResponse<"articles", HelpArticleSummary>
export type StoreHelpArticleResponse = { article: StoreHelpArticle }
export type StoreHelpFaqListResponse = ListResponse<"faqs", StoreHelpFaq>

/** An article as the admin edits it, drafts too; `body` (and `body_html`) on one article. */
export type AdminHelpArticle = HelpArticleSummary &
  Votes & {
    published: boolean
    body?: string
    body_html?: string
    created_at: string
  }
export type AdminHelpFaq = {
  id: string
  question: string
  answer: string
  category: string
  rank: number
  published: boolean
  answer_html?: string
  created_at?: string
  updated_at: string
}
export type AdminHelpArticleListResponse = ListResponse<"articles", AdminHelpArticle>
export type AdminHelpArticleResponse = { article: AdminHelpArticle }
export type AdminHelpFaqListResponse = ListResponse<"faqs", AdminHelpFaq>
export type AdminHelpFaqResponse = { faq: AdminHelpFaq }
