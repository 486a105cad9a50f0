import { CONTENT_MODULE } from "../../../modules/content"
import type ContentModuleService from "../../../modules/content/service"
import type { ContentKind } from "./types"

export const contentService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(CONTENT_MODULE) as ContentModuleService

type Row = Record<string, unknown> & { id: string }

/** The module's generated CRUD of one kind, under one set of names. */
export type ContentRecords = {
  label: string
  list: (filters: Record<string, unknown>, config?: { select?: string[]; withDeleted?: boolean }) => Promise<Row[]>
  create: (data: Record<string, unknown>[]) => Promise<Row[]>
  update: (data: Record<string, unknown>[]) => Promise<Row[]>
  softDelete: (ids: string[]) => Promise<unknown>
  restore: (ids: string[]) => Promise<unknown>
  delete: (ids: string[]) => Promise<unknown>
  fields: string[]
}

export function contentRecords(container: { resolve: (key: string) => unknown }, kind: ContentKind): ContentRecords {
  // the generated method is picked by a name built from the kind, which TypeScript cannot index a service by
  const s = contentService(container) as any
  const names = {
    post: { label: "Blog post", plural: "BlogPosts", fields: ["title", "handle", "excerpt", "author", "cover_image_url", "tags", "body", "status", "published_at"] },
    resource: { label: "Resource", plural: "Resources", fields: ["title", "handle", "kind", "description", "url", "body", "rank", "status"] },
    page: { label: "Page", plural: "ContentPages", fields: ["handle", "title", "body", "content_updated_at", "status"] },
  }[kind]
  return {
    label: names.label,
    list: (filters, config) => s[`list${names.plural}`](filters, config),
    create: (data) => s[`create${names.plural}`](data),
    update: (data) => s[`update${names.plural}`](data),
    softDelete: (ids) => s[`softDelete${names.plural}`](ids),
    restore: (ids) => s[`restore${names.plural}`](ids),
    delete: (ids) => s[`delete${names.plural}`](ids),
    fields: ["id", ...names.fields],
  }
}
