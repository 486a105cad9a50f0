import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { renderMarkdown } from "../../../modules/help-center/markdown"

/** Re-reads one article or FAQ (drafts included) after a write; NOT_FOUND when there is none. */
/** `T`: the HTTP type the `fields` asked for make of it (types/http/help.ts). */
export async function refetchHelpEntity<T = Record<string, unknown>>(
  scope: MedusaContainer,
  entity: "help_article" | "faq",
  id: string,
  fields: string[]
): Promise<T> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${entity === "faq" ? "FAQ" : "Help article"} with id: ${id} was not found`
    )
  }
  const record = data[0] as Record<string, unknown>
  const field = entity === "faq" ? "answer" : "body"
  return (field in record ? { ...record, [`${field}_html`]: renderMarkdown(record[field] as string) } : record) as T
}
