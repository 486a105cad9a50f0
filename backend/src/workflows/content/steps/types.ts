/** The three kinds of content, and the Query entity (and event prefix) of each. */
export type ContentKind = "post" | "resource" | "page"

export const CONTENT_ENTITY = { post: "blog_post", resource: "resource", page: "content_page" } as const

export type ContentStatus = "draft" | "published"

export type BlogPostInput = {
  title: string
  handle?: string
  excerpt?: string | null
  author?: string | null
  cover_image_url?: string | null
  tags?: string[]
  body: string
  status?: ContentStatus
  /** when unset, a post gets the time it is first published */
  published_at?: Date | string | null
}

export type ResourceInput = {
  title: string
  handle?: string
  kind: "guide" | "download" | "link"
  description?: string | null
  url?: string | null
  body?: string | null
  rank?: number
  status?: ContentStatus
}

export type ContentPageInput = {
  handle: string
  title: string
  body: string
  /** "Last updated"; when unset, the time of the write */
  content_updated_at?: Date | string
  status?: ContentStatus
}

export type ContentEntryInput = BlogPostInput | ResourceInput | ContentPageInput
export type ContentEntryUpdate = { id: string; body?: string | null } & Partial<
  Omit<BlogPostInput, "body"> & Omit<ResourceInput, "body"> & Omit<ContentPageInput, "body">
>
