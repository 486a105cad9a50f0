import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKET_MODULE } from "../../../modules/ticket"
import type TicketModuleService from "../../../modules/ticket/service"

/**
 * List filters: plain fields as given, "unassigned", and `q` matched
 * (case-insensitively) against the subject or any message of the thread.
 */
export async function ticketFilters(container: MedusaContainer, params: Record<string, unknown>) {
  const { q, assignee_id, ...rest } = params
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  if (assignee_id === "unassigned") {
    filters.assignee_id = null
  } else if (typeof assignee_id === "string") {
    filters.assignee_id = assignee_id
  }
  if (typeof q === "string" && q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const tickets: TicketModuleService = container.resolve(TICKET_MODULE)
    const messages = await tickets.listTicketMessages({ body: { $ilike: like } } as any, { select: ["ticket_id"], take: 1000 } as any)
    const ids = [...new Set(messages.map((m: any) => m.ticket_id as string))]
    filters.$or = [{ subject: { $ilike: like } }, ...(ids.length ? [{ id: ids }] : [])]
  }
  return filters
}
