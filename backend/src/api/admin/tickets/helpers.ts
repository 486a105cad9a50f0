import type { MedusaContainer } from "@medusajs/framework/types"
import { TICKET_MODULE } from "../../../modules/ticket"
import type TicketModuleService from "../../../modules/ticket/service"
import { containsLike, customerIdsMatching } from "../../utils/customer-search"

/**
 * List filters: plain fields as given, "unassigned", and `q` matched
 * (case-insensitively) against the subject or any message of the thread,
 * the customer (email, name, customer or shopper id), the number TKT-100042 or the id.
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
    const like = containsLike(q)
    const tickets: TicketModuleService = container.resolve(TICKET_MODULE)
    const messages = await tickets.listTicketMessages({ body: { $ilike: like } }, { select: ["ticket_id"], take: 1000 })
    const ids = [...new Set(messages.map((m) => m.ticket_id))]
    const or: Record<string, unknown>[] = [{ subject: { $ilike: like } }, { id: [q, ...ids] }]
    const number = /^TKT-(\d{6,9})$/i.exec(q)
    if (number && Number(number[1]) > 100000) {
      or.push({ display_id: Number(number[1]) - 100000 })
    }
    const customerIds = await customerIdsMatching(container, q)
    if (customerIds.length) {
      or.push({ customer_id: customerIds })
    }
    filters.$or = or
  }
  return filters
}
