import { DAY_MS } from "../../../modules/subscription/utils"

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
