import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { daysLeft, subscriptionNumber } from "../../../modules/subscription/utils"
import type { Subscription } from "../../../types/http"

export const SUBSCRIPTION_FIELDS = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "order_id",
  "product_id",
  "variant_id",
  "region_id",
  "product_title",
  "plan",
  "currency_code",
  "amount",
  "billing_interval",
  "billing_interval_count",
  "started_at",
  "current_period_start",
  "expires_at",
  "auto_renew",
  "cancel_at_period_end",
  "grace_days",
  "suspension_reason",
  "suspended_at",
  "cancelled_at",
  "payment_due_at",
  "unpaid_order",
  "scheduled_change",
  // options chosen at purchase: { location, os, hostname, ssh_key? } or { domain }
  "service_config",
  "payment_method_ref",
  "created_at",
  "updated_at",
]

export const EVENT_FIELDS = ["id", "type", "actor", "actor_id", "note", "data", "occurred_at", "created_at"]

/**
 * What both APIs show of a subscription (`Subscription` of types/http): its
 * number, days left and whether a card is saved for auto-renew, computed; the
 * saved card's reference stays inside. Rows come from Query untyped: the
 * fields asked for (SUBSCRIPTION_FIELDS) are what make them a `Subscription`.
 */
export function present(sub: Record<string, any>, asOf = new Date()): Subscription {
  const { payment_method_ref, ...rest } = sub
  return {
    ...(rest as Omit<Subscription, "number" | "days_left" | "has_saved_card">),
    number: subscriptionNumber(sub.display_id as number),
    days_left: sub.status === "pending_payment" ? null : daysLeft(new Date(sub.expires_at as string), asOf),
    has_saved_card: !!payment_method_ref,
  }
}

/**
 * One subscription (owned by `customerId` when given), 404 otherwise. `Extra`
 * names what `withEvents` and `extraFields` add to it.
 */
export async function fetchSubscription<Extra extends object = object>(
  container: MedusaContainer,
  id: string,
  { customerId, withEvents = false, extraFields = [] as string[] }: { customerId?: string; withEvents?: boolean; extraFields?: string[] } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "subscription",
    fields: [...SUBSCRIPTION_FIELDS, ...extraFields, ...(withEvents ? EVENT_FIELDS.map((f) => `events.${f}`) : [])],
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id: ${id} was not found`)
  }
  const sub = data[0] as Record<string, any>
  if (withEvents) {
    // in the order they were recorded (a test-clock run records "future" business times)
    sub.events = [...(sub.events ?? [])].sort(
      (a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || String(a.id).localeCompare(String(b.id))
    )
  }
  return present(sub) as Subscription & Extra
}
