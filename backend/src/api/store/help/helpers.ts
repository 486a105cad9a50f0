import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { renderMarkdown } from "../../../modules/help-center/markdown"

/** Adds the sanitised HTML next to each markdown field that was read. */
export function withHtml<T extends Record<string, unknown>>(record: T, field: "body" | "answer"): T {
  return field in record ? { ...record, [`${field}_html`]: renderMarkdown(record[field] as string) } : record
}

/**
 * A published article by handle or id (the storefront links by handle, the
 * vote button sends the id); NOT_FOUND for drafts and unknown ones alike.
 */
/** `T`: the HTTP type the `fields` asked for make of it (types/http/help.ts). */
export async function publishedArticle<T extends { id: string } = Record<string, unknown> & { id: string }>(
  scope: MedusaContainer,
  handleOrId: string,
  fields: string[]
): Promise<T> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const key = handleOrId.startsWith("hart_") ? "id" : "handle"
  const { data } = await query.graph({
    entity: "help_article",
    fields,
    filters: { [key]: handleOrId, published: true },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Help article ${handleOrId} was not found`)
  }
  // Query's row: the `fields` asked for are what make it a T (the generated types know the model, not the fields)
  return data[0] as unknown as T
}
