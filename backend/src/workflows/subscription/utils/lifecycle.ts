import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import type SubscriptionModuleService from "../../../modules/subscription/service"
import { daysLeft, subscriptionNumber } from "../../../modules/subscription/utils"
import { queueNotificationWorkflow } from "../../notification"

export type Actor = { actor: "system" | "customer" | "admin"; actor_id?: string | null }

type Sub = Awaited<ReturnType<SubscriptionModuleService["retrieveSubscription"]>>

export function service(container: MedusaContainer): SubscriptionModuleService {
  return container.resolve(SUBSCRIPTION_MODULE)
}

/** The data every subscription email is rendered with. */
export function emailData(sub: Sub) {
  return {
    subscription: {
      id: sub.id,
      number: subscriptionNumber(sub.display_id),
      product_title: sub.product_title,
      plan: sub.plan,
      expires_at: new Date(sub.expires_at).toISOString(),
    },
  }
}

/** Queues a subscription email; the key makes a replay send nothing new. */
export async function notify(container: MedusaContainer, sub: Sub, template: string, key: string, data: Record<string, unknown> = {}) {
  await queueNotificationWorkflow(container).run({
    input: {
      template,
      customer_id: sub.customer_id,
      idempotency_key: key,
      data: { ...emailData(sub), ...data },
    },
  })
}

export async function emit(container: MedusaContainer, name: string, id: string) {
  await container.resolve(Modules.EVENT_BUS).emit({ name: `subscription.${name}`, data: { id } })
}

/**
 * The 7/3/1-day reminder a subscription is due at `asOf`: the most urgent
 * threshold it has reached. Written once per subscription and period.
 */
export async function sendReminder(container: MedusaContainer, id: string, asOf: Date): Promise<boolean> {
  const subs = service(container)
  const sub = await subs.retrieveSubscription(id)
  const left = daysLeft(new Date(sub.expires_at), asOf)
  const threshold = [1, 3, 7].find((n) => left <= n)
  if (!threshold || sub.status !== "active") {
    return false
  }
  const key = `reminder_${threshold}:${sub.id}:${new Date(sub.current_period_start).toISOString()}`
  const written = await subs.recordEvent(sub.id, {
    type: `reminder_sent_${threshold}`,
    note: `${threshold}-day expiry reminder`,
    data: { days: threshold },
    at: asOf,
    dedupe_key: key,
  })
  if (written) {
    await notify(container, sub, "expiry_reminder", key, { days: threshold })
    await emit(container, "reminder_sent", sub.id)
  }
  return written
}

/** Suspends an active subscription (lapsed, or an admin's decision). */
export async function suspend(container: MedusaContainer, id: string, reason: string, asOf: Date, actor: Actor) {
  const subs = service(container)
  const sub = await subs.retrieveSubscription(id)
  if (sub.status !== "active") {
    return false
  }
  await subs.updateSubscriptions({ id, status: "suspended", suspension_reason: reason, suspended_at: asOf })
  await subs.recordEvent(id, { type: "suspended", ...actor, note: reason, at: asOf })
  const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
  await backoffice.recordAction({
    actor_type: actor.actor === "admin" ? "user" : "system",
    actor_id: actor.actor_id ?? null,
    action: "subscription.suspended",
    resource_type: "subscription",
    resource_id: id,
    customer_id: sub.customer_id,
    reason,
    data: { expires_at: new Date(sub.expires_at).toISOString(), as_of: asOf.toISOString() },
  })
  await notify(container, sub, "subscription_suspended", `suspended:${id}:${asOf.toISOString()}`, { reason })
  await emit(container, "suspended", id)
  return true
}

/** A subscription left suspended too long is over: it expires (renewing it is still possible). */
export async function expire(container: MedusaContainer, id: string, asOf: Date) {
  const subs = service(container)
  const sub = await subs.retrieveSubscription(id)
  if (sub.status !== "suspended") {
    return false
  }
  await subs.updateSubscriptions({ id, status: "expired" })
  await subs.recordEvent(id, { type: "expired", note: "Suspended without renewal", at: asOf })
  await emit(container, "expired", id)
  return true
}

/** Ends a subscription whose customer cancelled it, once its paid period is over. */
export async function cancelAtPeriodEnd(container: MedusaContainer, id: string, asOf: Date) {
  const subs = service(container)
  const sub = await subs.retrieveSubscription(id)
  if (sub.status !== "active" || !sub.cancel_at_period_end) {
    return false
  }
  await subs.updateSubscriptions({ id, status: "cancelled", cancelled_at: asOf })
  await subs.recordEvent(id, { type: "cancelled", note: "Cancelled at the end of the paid period", at: asOf })
  await emit(container, "cancelled", id)
  return true
}

/** Adds one paid term: from max(asOf, expires_at); brings a suspended subscription back. */
export async function renew(container: MedusaContainer, id: string, asOf: Date, actor: Actor, orderId?: string | null) {
  const subs = service(container)
  const sub = await subs.retrieveSubscription(id)
  const next = subs.nextExpiry(sub, asOf)
  const wasSuspended = sub.status === "suspended"
  await subs.updateSubscriptions({
    id,
    status: "active",
    current_period_start: next.period_start,
    expires_at: next.expires_at,
    suspension_reason: null,
    suspended_at: null,
  })
  await subs.recordEvent(id, {
    type: "renewed",
    ...actor,
    note: `Renewed until ${next.expires_at.toISOString().slice(0, 10)}`,
    data: { order_id: orderId ?? null, expires_at: next.expires_at.toISOString() },
    at: asOf,
  })
  if (wasSuspended) {
    await subs.recordEvent(id, { type: "unsuspended", ...actor, note: "Renewed", at: asOf })
    await emit(container, "unsuspended", id)
  }
  const updated = await subs.retrieveSubscription(id)
  await notify(container, updated, "subscription_renewed", `renewed:${id}:${next.period_start.toISOString()}`)
  await emit(container, "renewed", id)
  return updated
}

/**
 * Applies a paid renewal line (a renewal order's item carrying the
 * subscription id) exactly once, whether the order.placed subscriber or the
 * auto-renew job gets there first.
 */
export async function renewForOrderLine(
  container: MedusaContainer,
  input: { subscription_id: string; customer_id: string; line_item_id: string; order_id: string; asOf: Date; actor: Actor }
) {
  const subs = service(container)
  const [sub] = await subs.listSubscriptions({ id: input.subscription_id, customer_id: input.customer_id })
  if (!sub) {
    return null
  }
  const first = await subs.recordEvent(sub.id, {
    type: "renewal_paid",
    ...input.actor,
    note: `Renewal order ${input.order_id}`,
    data: { order_id: input.order_id },
    at: input.asOf,
    dedupe_key: `renewal_line:${input.line_item_id}`,
  })
  if (!first) {
    return null
  }
  const link = container.resolve("link") as { create: (data: Record<string, unknown>) => Promise<unknown> }
  await link.create({ subscription: { subscription_id: sub.id }, [Modules.ORDER]: { order_id: input.order_id } })
  return await renew(container, sub.id, input.asOf, input.actor, input.order_id)
}
