import type { MedusaContainer } from "@medusajs/framework/types"
import { DAY_MS } from "../../../modules/subscription/utils"
import { customerIdsMatching } from "../../utils/customer-search"

/** List filters: plain fields as given, "expiring within N days" as an expiry window from now. */
export function subscriptionFilters(params: Record<string, unknown>, now = new Date()) {
  const { expiring_within_days, ...rest } = params
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  if (typeof expiring_within_days === "number") {
    filters.expires_at = { $gte: now, $lte: new Date(now.getTime() + expiring_within_days * DAY_MS) }
    filters.status ??= "active"
  }
  return filters
}

/** `q`: the customer (email, name, customer or shopper id), the number SUB-10042 or the id. */
export async function subscriptionSearch(container: MedusaContainer, q: string) {
  const or: Record<string, unknown>[] = [{ id: q }]
  const number = /^SUB-(\d{5,9})$/i.exec(q)
  if (number && Number(number[1]) > 10000) {
    or.push({ display_id: Number(number[1]) - 10000 })
  }
  const customerIds = await customerIdsMatching(container, q)
  if (customerIds.length) {
    or.push({ customer_id: customerIds })
  }
  return or
}
