import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import MarkdownIt from "markdown-it"
import { sdk } from "./sdk"
import type {
  AdminHelpArticle as HelpArticle,
  AdminHelpFaq as Faq,
  AdminHelpArticleListResponse as HelpArticleListResponse,
} from "../../types/http"
export type { HelpArticle, Faq }

export const HELP_PAGE_SIZE = 20

/** The categories the storefront groups articles and FAQs by (handle → label). */
export const HELP_CATEGORIES: { value: string; label: string }[] = [
  { value: "billing", label: "Billing & renewals" },
  { value: "account", label: "Account & sign-in" },
  { value: "security", label: "Security" },
  { value: "servers", label: "Servers" },
  { value: "networking", label: "Networking & DNS" },
  { value: "storage", label: "Backups & storage" },
  { value: "support", label: "Getting help" },
]
export const categoryLabel = (value: string) => HELP_CATEGORIES.find((c) => c.value === value)?.label ?? value

export type HelpArticleInput = {
  title: string
  handle?: string
  body: string
  excerpt?: string | null
  category: string
  tags?: string[]
  published?: boolean
}

export type FaqInput = { question: string; answer: string; category: string; rank?: number; published?: boolean }

export const helpKeys = {
  all: ["help-center"] as const,
  articles: (params: Record<string, unknown>) => ["help-center", "articles", params] as const,
  article: (id: string) => ["help-center", "article", id] as const,
  faqs: (params: Record<string, unknown>) => ["help-center", "faqs", params] as const,
}

const clean = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ""))

export const useHelpArticles = (params: { q?: string; category?: string; published?: string; limit: number; offset: number }) =>
  useQuery({
    queryKey: helpKeys.articles(params),
    queryFn: () =>
      sdk.client.fetch<HelpArticleListResponse>("/admin/help/articles", { query: clean(params) }),
    placeholderData: keepPreviousData,
  })

export const useHelpArticle = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: helpKeys.article(id),
    queryFn: () => sdk.client.fetch<{ article: HelpArticle }>(`/admin/help/articles/${id}`),
    select: (data) => data.article,
    ...options,
  })

export const useFaqs = (params: { q?: string; category?: string }) =>
  useQuery({
    queryKey: helpKeys.faqs(params),
    queryFn: () => sdk.client.fetch<{ faqs: Faq[]; count: number }>("/admin/help/faqs", { query: clean({ ...params, limit: 200 }) }),
    placeholderData: keepPreviousData,
  })

const useInvalidate = () => {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: helpKeys.all })
}

/** Creates (no id) or updates an article. */
export const useSaveHelpArticle = (id?: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Partial<HelpArticleInput>) =>
      sdk.client.fetch<{ article: HelpArticle }>(id ? `/admin/help/articles/${id}` : "/admin/help/articles", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useDeleteHelpArticle = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/help/articles/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export const useSaveFaq = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<FaqInput> & { id?: string }) =>
      sdk.client.fetch<{ faq: Faq }>(id ? `/admin/help/faqs/${id}` : "/admin/help/faqs", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useDeleteFaq = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/help/faqs/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

/** The same rendering as the store API (raw HTML escaped), for the editor's live preview. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false })
export const previewMarkdown = (markdown: string) => md.render(markdown || "")

export const HELP_ARTICLE_PATH = (id: string) => `/help-center/articles/${id}`
