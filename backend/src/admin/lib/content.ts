import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  AdminBlogPost as BlogPost,
  AdminResource as Resource,
  AdminContentPage as ContentPage,
} from "../../types/http"
export type { BlogPost, Resource, ContentPage }
export type { ContentStatus } from "../../types/http"

// The public site's content as the admin edits it: `/admin/content/{posts,resources,pages}` (docs/api.md, "Content and contact").

export type ContentKind = "posts" | "resources" | "pages"

export type ContentEntry = { posts: BlogPost; resources: Resource; pages: ContentPage }

/** The response key of one entry of each kind. */
export const ENTRY_KEY = { posts: "post", resources: "resource", pages: "page" } as const

export const KIND_LABEL: Record<ContentKind, { one: string; many: string }> = {
  posts: { one: "post", many: "Blog posts" },
  resources: { one: "resource", many: "Resources" },
  pages: { one: "page", many: "Company & legal pages" },
}

/** Where the storefront shows an entry (/blog/…, /resources/…, and pages at the top: /about, /terms…). */
export const storefrontPath = (kind: ContentKind, handle: string) =>
  kind === "posts" ? `/blog/${handle}` : kind === "resources" ? `/resources/${handle}` : `/${handle}`

export const CONTENT_EDITOR_PATH = (kind: ContentKind, id: string) => `/content/${kind}/${id}`

const keys = {
  all: ["content"] as const,
  list: (kind: ContentKind, params: Record<string, unknown>) => ["content", kind, "list", params] as const,
  one: (kind: ContentKind, id: string) => ["content", kind, id] as const,
}

const clean = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ""))

export function useContentList<K extends ContentKind>(
  kind: K,
  params: { q?: string; status?: string; limit: number; offset: number }
) {
  return useQuery({
    queryKey: keys.list(kind, params),
    queryFn: () =>
      sdk.client.fetch<Record<K, ContentEntry[K][]> & { count: number }>(`/admin/content/${kind}`, { query: clean(params) }),
    select: (data) => ({ entries: (data[kind] ?? []) as ContentEntry[K][], count: data.count }),
    placeholderData: keepPreviousData,
  })
}

export function useContentEntry<K extends ContentKind>(kind: K, id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.one(kind, id),
    queryFn: () => sdk.client.fetch<Record<string, ContentEntry[K]>>(`/admin/content/${kind}/${id}`),
    select: (data) => data[ENTRY_KEY[kind]] as ContentEntry[K],
    ...options,
  })
}

/** Creates (no id) or updates an entry. */
export function useSaveContentEntry(kind: ContentKind, id?: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<Record<string, { id: string }>>(id ? `/admin/content/${kind}/${id}` : `/admin/content/${kind}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

export function useDeleteContentEntry(kind: ContentKind) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/content/${kind}/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}
