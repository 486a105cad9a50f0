import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listChats } from "../../../lib/chats"
import { containsLike, customerIdsMatching } from "../../utils/customer-search"
import type { AdminGetChatsParamsType } from "./validators"
import type { AdminChatListResponse } from "../../../types/http"

/**
 * GET /admin/chats — the inbox: `status` (bot|waiting|active|closed|open),
 * `assigned_to` (me|unassigned|<user id>), `customer_id`, `q` (the customer's
 * email, name, customer or shopper id; the chat's id or subject); each chat with its
 * customer, assignee, last message, unread count and waiting time, in a
 * fixed number of queries whatever the page size.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetChatsParamsType>, res: MedusaResponse<AdminChatListResponse>) => {
  const { status, assigned_to, customer_id, q, limit, offset } = req.validatedQuery as AdminGetChatsParamsType
  const filters: Record<string, unknown> = {}
  const statuses = status === undefined ? [] : Array.isArray(status) ? status : [status]
  if (statuses.length) {
    filters.status = [...new Set(statuses.flatMap((s) => (s === "open" ? ["bot", "waiting", "active"] : [s])))]
  }
  if (assigned_to) {
    filters.assigned_user_id = assigned_to === "me" ? req.auth_context.actor_id : assigned_to === "unassigned" ? null : assigned_to
  }
  if (customer_id) {
    filters.customer_id = customer_id
  }
  if (q) {
    const customerIds = await customerIdsMatching(req.scope, q)
    filters.$or = [{ id: q }, { subject: { $ilike: containsLike(q) } }, ...(customerIds.length ? [{ customer_id: customerIds }] : [])]
  }
  res.json(await listChats(req.scope, "admin", filters, { limit, offset }))
}
