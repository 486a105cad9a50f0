import type { ListResponse } from "./common"

// The public site's content (`/store/content/*`, `/admin/content/*`): fields as `query-config.ts` of each lists them.

export type ContentStatus = "draft" | "published"
export type ResourceKind = "guide" | "download" | "link"

/** A blog post as the blog lists it. */
export type BlogPostSummary = {
  id: string
  title: string
  handle: string
  excerpt: string | null
  author: string | null
  cover_image_url: string | null
  tags: string[] | null
  published_at: string | null
  updated_at: string
}

/** A guide (its own page, markdown body), a download or a link (`url`). */
export type ResourceSummary = {
  id: string
  title: string
  handle: string
  kind: ResourceKind
  description: string | null
  url: string | null
  rank: number
  updated_at: string
}

/** A company or legal page (about, terms, privacy, acceptable-use, sla). */
export type ContentPageSummary = {
  id: string
  handle: string
  title: string
  /** "Last updated"; for `terms`, the version a checkout accepts */
  content_updated_at: string | null
}

/** The markdown body and the sanitised HTML the backend rendered from it (one entry, not lists). */
type WithBody<B> = { body: B; body_html: string | null }

// ---- store: published entries only

export type StoreBlogPost = BlogPostSummary & WithBody<string>
export type StoreResource = ResourceSummary & WithBody<string | null>
export type StoreContentPage = ContentPageSummary & WithBody<string>
export type StoreBlogPostListResponse = ListResponse<"posts", BlogPostSummary>
export type StoreResourceListResponse = ListResponse<"resources", ResourceSummary>
export type StoreContentPageListResponse = ListResponse<"pages", ContentPageSummary>
export type StoreBlogPostResponse = { post: StoreBlogPost }
export type StoreResourceResponse = { resource: StoreResource }
export type StoreContentPageResponse = { page: StoreContentPage }

// ---- admin: drafts too; `body` (and `body_html`) on one entry

type AdminFields<B> = { status: ContentStatus; created_at: string; body?: B; body_html?: string | null }
export type AdminBlogPost = BlogPostSummary & AdminFields<string>
export type AdminResource = ResourceSummary & AdminFields<string | null>
export type AdminContentPage = ContentPageSummary & AdminFields<string>
export type AdminBlogPostListResponse = ListResponse<"posts", AdminBlogPost>
export type AdminResourceListResponse = ListResponse<"resources", AdminResource>
export type AdminContentPageListResponse = ListResponse<"pages", AdminContentPage>
export type AdminBlogPostResponse = { post: AdminBlogPost }
export type AdminResourceResponse = { resource: AdminResource }
export type AdminContentPageResponse = { page: AdminContentPage }

/** `GET /store/company`: the seller, for the contact page, footer and legal pages. */
export type Company = { name: string; address: string | null; email: string | null; phone: string | null }
export type StoreCompanyResponse = { company: Company }
