import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { renderMarkdown } from "../../modules/help-center/markdown"
import { CONTENT_ENTITY, type ContentKind } from "../../workflows/content"

const LABEL = { post: "Blog post", resource: "Resource", page: "Page" } as const

/** Adds the sanitised HTML next to the markdown body, when the body was read. */
export function withBodyHtml<T extends Record<string, unknown>>(record: T): T & { body_html?: string } {
  return "body" in record ? { ...record, body_html: renderMarkdown(record.body as string | null) } : record
}

/**
 * One post, resource or page by id or handle, with its rendered body;
 * NOT_FOUND when there is none (or, with `published`, when it is a draft).
 * `T` is the HTTP type the `fields` asked for make of it (types/http/content.ts).
 */
export async function contentEntry<T = Record<string, unknown> & { id: string; body_html?: string }>(
  scope: MedusaContainer,
  kind: ContentKind,
  by: { id: string } | { handle: string },
  fields: string[],
  { published = false }: { published?: boolean } = {}
): Promise<T> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: CONTENT_ENTITY[kind],
    fields,
    filters: { ...by, ...(published ? { status: "published" } : {}) },
  })
  if (!data[0]) {
    const key = "id" in by ? `id: ${by.id}` : `handle: ${by.handle}`
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${LABEL[kind]} with ${key} was not found`)
  }
  return withBodyHtml(data[0] as Record<string, unknown> & { id: string }) as T
}

/** Query filters of an admin list: status, and `q` on title or handle. */
export function adminListFilters({ q, status, ...rest }: { q?: string; status?: string } & Record<string, unknown>) {
  const filters: Record<string, unknown> = { ...rest }
  if (status) {
    filters.status = status
  }
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ title: { $ilike: like } }, { handle: { $ilike: like } }]
  }
  return filters
}
