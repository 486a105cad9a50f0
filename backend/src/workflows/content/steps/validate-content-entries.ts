import { MedusaError, toHandle } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { contentRecords } from "./service"
import type { ContentEntryUpdate, ContentKind } from "./types"

export type ValidateContentEntriesInput = {
  kind: ContentKind
  entries: (Partial<ContentEntryUpdate> & { id?: string })[]
}

/**
 * Guard before a create or an update: updated entries exist (404), every
 * handle (given, or made from a new entry's title) belongs to no other entry
 * of its kind (422 rather than a database error), and a resource keeps what
 * its kind needs once the change is applied: a guide its body, a download or
 * a link its url (400).
 */
export const validateContentEntriesStep = createStep(
  "validate-content-entries",
  async ({ kind, entries }: ValidateContentEntriesInput, { container }) => {
    const records = contentRecords(container, kind)
    const ids = entries.map((e) => e.id).filter((id): id is string => Boolean(id))
    const before = ids.length ? await records.list({ id: ids }, { select: records.fields }) : []
    const missing = ids.find((id) => !before.some((b) => b.id === id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${records.label} with id: ${missing} was not found`)
    }

    if (kind === "resource") {
      for (const entry of entries) {
        const merged = { ...(before.find((b) => b.id === entry.id) ?? {}), ...entry } as Record<string, unknown>
        if (merged.kind === "guide" && !merged.body) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "A guide needs a body")
        }
        if ((merged.kind === "download" || merged.kind === "link") && !merged.url) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `A ${merged.kind} needs a url`)
        }
      }
    }

    const wanted = entries
      .map((e) => ({ id: e.id, handle: e.handle || (!e.id && e.title ? toHandle(e.title) : undefined) }))
      .filter((e): e is { id: string | undefined; handle: string } => Boolean(e.handle))
    const seen = new Set<string>()
    for (const { handle } of wanted) {
      if (seen.has(handle)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${records.label} with handle: ${handle}, already exists.`)
      }
      seen.add(handle)
    }
    if (!seen.size) {
      return
    }
    const taken = await records.list({ handle: [...seen] }, { select: ["id", "handle"] })
    const clash = taken.find((t) => !wanted.some((w) => w.handle === t.handle && w.id === t.id))
    if (clash) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `${records.label} with handle: ${clash.handle}, already exists.`)
    }
  }
)
