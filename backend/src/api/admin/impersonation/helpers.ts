import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

type Event = {
  id: string
  kind: "request" | "page_view" | "note"
  method: string | null
  path: string | null
  status_code: number | null
  at: string | Date
  note: string | null
  author_id: string | null
}

const EVENT_FIELDS = ["id", "kind", "method", "path", "status_code", "at", "note", "author_id"].map((f) => `events.${f}`)

const byTime = (a: Event, b: Event) => new Date(a.at).getTime() - new Date(b.at).getTime() || a.id.localeCompare(b.id)

/**
 * One session with its timeline (requests and page views, oldest first)
 * and its notes (with their authors), or 404.
 */
export async function impersonationDetail(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "impersonation_session",
    fields: [...fields, ...EVENT_FIELDS],
    filters: { id },
  })
  const session = data[0] as (Record<string, unknown> & { events?: Event[] }) | undefined
  if (!session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Impersonation session with id: ${id} was not found`)
  }
  const all = [...(session.events ?? [])].sort(byTime)
  const notes = all.filter((e) => e.kind === "note")
  const authorIds = [...new Set(notes.map((n) => n.author_id).filter((a): a is string => !!a))]
  const authors = authorIds.length
    ? await container.resolve(Modules.USER).listUsers({ id: authorIds }, { select: ["id", "email", "first_name", "last_name"] })
    : []
  const authorOf = new Map(authors.map((u) => [u.id, u]))
  return {
    ...session,
    events: all
      .filter((e) => e.kind !== "note")
      .map(({ id, kind, method, path, status_code, at }) => ({ id, kind, method, path, status_code, at })),
    notes: notes.map(({ id, note, author_id, at }) => ({ id, text: note, author_id, author: author_id ? (authorOf.get(author_id) ?? null) : null, at })),
  }
}
