import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import type SubscriptionModuleService from "../../../modules/subscription/service"
import { daysLeft, subscriptionNumber } from "../../../modules/subscription/utils"
import { queueNotificationsWorkflow, queueNotificationWorkflow } from "../../notification"

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

/** Queues many subscription emails in one workflow run (a lifecycle page); keys make a replay send nothing new. */
export async function notifyMany(
  container: MedusaContainer,
  messages: { sub: Sub; template: string; key: string; data?: Record<string, unknown> }[]
) {
  if (!messages.length) {
    return
  }
  await queueNotificationsWorkflow(container).run({
    input: {
      messages: messages.map(({ sub, template, key, data }) => ({
        template,
        customer_id: sub.customer_id,
        idempotency_key: key,
        data: { ...emailData(sub), ...data },
      })),
    },
  })
}

export async function emitMany(container: MedusaContainer, name: string, ids: string[]) {
  if (ids.length) {
    await container.resolve(Modules.EVENT_BUS).emit(ids.map((id) => ({ name: `subscription.${name}`, data: { id } })))
  }
}

/**
 * The 7/3/1-day reminders a page of subscriptions is due at `asOf`: for each,
 * the most urgent threshold it has reached, once per subscription and period
 * (the key). The emails are queued before the timeline events, under the same
 * keys: a run that stops in between queues nothing twice and records the
 * events the next time. Returns how many reminders were recorded.
 */
export async function sendReminders(container: MedusaContainer, ids: string[], asOf: Date): Promise<number> {
  const subs = service(container)
  const due = (await subs.listSubscriptions({ id: ids, status: "active" })).flatMap((sub) => {
    const left = daysLeft(new Date(sub.expires_at), asOf)
    const days = [1, 3, 7].find((n) => left <= n)
    return days ? [{ sub, days, key: `reminder_${days}:${sub.id}:${new Date(sub.current_period_start).toISOString()}` }] : []
  })
  const taken = await subs.takenDedupeKeys(due.map((d) => d.key))
  const fresh = due.filter((d) => !taken.has(d.key))
  await notifyMany(
    container,
    fresh.map(({ sub, days, key }) => ({ sub, template: "expiry_reminder", key, data: { days } }))
  )
  const written = await subs.recordEvents(
    fresh.map(({ sub, days, key }) => ({
      subscription_id: sub.id,
      type: `reminder_sent_${days}`,
      note: `${days}-day expiry reminder`,
      data: { days },
      at: asOf,
      dedupe_key: key,
    }))
  )
  await emitMany(container, "reminder_sent", written.map((w) => w.subscription_id))
  return written.length
}

/** Suspends a page of lapsed subscriptions that are still active: timeline, action log, email, event. */
export async function suspendLapsed(container: MedusaContainer, ids: string[], reason: string, asOf: Date): Promise<number> {
  const subs = service(container)
  const suspended = await subs.updateSubscriptions({
    selector: { id: ids, status: "active" },
    data: { status: "suspended", suspension_reason: reason, suspended_at: asOf },
  })
  await subs.recordEvents(suspended.map((sub) => ({ subscription_id: sub.id, type: "suspended", actor: "system" as const, note: reason, at: asOf })))
  const backoffice: BackofficeModuleService = container.resolve(BACKOFFICE_MODULE)
  await backoffice.recordActions(
    suspended.map((sub) => ({
      actor_type: "system" as const,
      action: "subscription.suspended",
      resource_type: "subscription",
      resource_id: sub.id,
      customer_id: sub.customer_id,
      reason,
      data: { expires_at: new Date(sub.expires_at).toISOString(), as_of: asOf.toISOString() },
    }))
  )
  await notifyMany(
    container,
    suspended.map((sub) => ({ sub, template: "subscription_suspended", key: `suspended:${sub.id}:${asOf.toISOString()}`, data: { reason } }))
  )
  await emitMany(container, "suspended", suspended.map((sub) => sub.id))
  return suspended.length
}

/** A page of subscriptions left suspended too long is over: they expire (renewing is still possible). */
export async function expireSuspended(container: MedusaContainer, ids: string[], asOf: Date): Promise<number> {
  const subs = service(container)
  const expired = await subs.updateSubscriptions({ selector: { id: ids, status: "suspended" }, data: { status: "expired" } })
  await subs.recordEvents(expired.map((sub) => ({ subscription_id: sub.id, type: "expired", note: "Suspended without renewal", at: asOf })))
  await emitMany(container, "expired", expired.map((sub) => sub.id))
  return expired.length
}

/** Ends a page of subscriptions whose customers cancelled them, once their paid period is over. */
export async function cancelAtPeriodEnd(container: MedusaContainer, ids: string[], asOf: Date): Promise<number> {
  const subs = service(container)
  const cancelled = await subs.updateSubscriptions({
    selector: { id: ids, status: "active", cancel_at_period_end: true },
    data: { status: "cancelled", cancelled_at: asOf },
  })
  await subs.recordEvents(
    cancelled.map((sub) => ({ subscription_id: sub.id, type: "cancelled", note: "Cancelled at the end of the paid period", at: asOf }))
  )
  await emitMany(container, "cancelled", cancelled.map((sub) => sub.id))
  return cancelled.length
}
