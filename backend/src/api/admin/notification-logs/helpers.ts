import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerIdsMatching } from "../../utils/customer-search"
import { adminNotificationLogDetailFields } from "./query-config"

/** A log entry with its rendered bodies and the resends it led to (404 when unknown). */
export async function refetchNotificationLog(container: MedusaContainer, id: string, fields = adminNotificationLogDetailFields) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "notification_detail", fields, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification log with id: ${id} was not found`)
  }
  const { data: resends } = await query.graph({
    entity: "notification_detail",
    fields: ["id", "status", "created_at"],
    filters: { resend_of_id: id },
  })
  return { ...data[0], resends }
}

/**
 * Filters of the list route, text search over recipient, subject, body and
 * shopper id, and the customer (email, name, customer or shopper id). Archived
 * emails are left out unless `archived` is "true" (only them) or "all".
 */
export async function notificationLogFilters(container: MedusaContainer, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { q, archived, ...rest } = params
  const filters: Record<string, unknown> = {}
  if (archived === "true") {
    filters.archived_at = { $ne: null }
  } else if (archived !== "all") {
    filters.archived_at = null
  }
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== "") {
      filters[key] = value
    }
  }
  if (typeof filters.to === "string") {
    filters.to = { $ilike: `%${filters.to}%` }
  }
  if (typeof filters.shopper_id === "string") {
    filters.shopper_id = (filters.shopper_id as string).toUpperCase()
  }
  if (typeof q === "string" && q.trim()) {
    const like = { $ilike: `%${q.trim().replace(/[%_]/g, (c) => `\\${c}`)}%` }
    const customerIds = await customerIdsMatching(container, q)
    filters.$or = [
      { to: like },
      { subject: like },
      { body_text: like },
      { shopper_id: like },
      { template: like },
      { id: q.trim() },
      ...(customerIds.length ? [{ customer_id: customerIds }] : []),
    ]
  }
  return filters
}
