import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SUBSCRIPTION_MODULE } from "../../../modules/subscription"
import type { PlanTerms, Transition } from "../../../modules/subscription/service"
import { addInterval, type BillingInterval } from "../../../modules/subscription/utils"
import { service } from "../utils/lifecycle"
import { lineKind, loadOrderPayment, type OrderLine } from "../utils/order-payment"

export type AppliedPayment = {
  order_id: string
  activated: string[]
  renewed: { id: string; was_suspended: boolean; plan_changed: boolean }[]
  upgraded: string[]
}

type Undo = { id: string; before: Record<string, unknown>; keys: string[] }

const RESTORED = [
  "status",
  "started_at",
  "current_period_start",
  "expires_at",
  "payment_due_at",
  "unpaid_order",
  "suspension_reason",
  "suspended_at",
  "variant_id",
  "plan",
  "amount",
  "billing_interval",
  "billing_interval_count",
  "scheduled_change",
  "pending_upgrade",
  "renewal_cart_id",
] as const

/**
 * What a captured order does to its subscriptions, each change exactly once
 * however often it runs (order.placed and payment.captured both run it, jobs
 * replay): pending subscriptions become active with their term starting now;
 * a renewal line adds one term from max(now, expiry) — under the row lock, so
 * N renewals paid in parallel add N terms — bringing a suspended or expired
 * subscription back and applying a scheduled downgrade; an upgrade line
 * switches the plan at once, keeping the expiry. Nothing happens before the
 * money is captured. Compensation restores the rows and removes the timeline
 * entries it wrote.
 */
export const applyOrderPaymentStep = createStep(
  "apply-order-payment-to-subscriptions",
  async (input: { order_id: string; asOf: Date }, { container }) => {
    const asOf = new Date(input.asOf)
    const applied: AppliedPayment = { order_id: input.order_id, activated: [], renewed: [], upgraded: [] }
    const undo: Undo[] = []
    const order = await loadOrderPayment(container, input.order_id)
    if (!order?.paid || !order.customer_id) {
      return new StepResponse(applied, undo)
    }
    const subs = service(container)
    const keep = (id: string, t: Transition, ...keys: string[]) => {
      if (t) {
        undo.push({ id, before: Object.fromEntries(RESTORED.map((c) => [c, t.before[c]])), keys })
      }
      return t
    }

    const pending = await subs.listSubscriptions({ order_id: order.id, status: "pending_payment" }, { select: ["id"] })
    for (const { id } of pending) {
      const key = `activated:${id}`
      const t = keep(
        id,
        await subs.transition(id, {
          dedupe_key: key,
          decide: (row) =>
            row.status !== "pending_payment"
              ? null
              : {
                  update: {
                    status: "active",
                    started_at: asOf,
                    current_period_start: asOf,
                    expires_at: addInterval(asOf, row.billing_interval, Number(row.billing_interval_count)),
                    payment_due_at: null,
                    unpaid_order: null,
                  },
                  event: { type: "activated", note: `Order #${order.display_id} paid`, data: { order_id: order.id }, at: asOf },
                },
        }),
        key
      )
      if (t) {
        applied.activated.push(id)
      }
    }

    for (const line of order.items) {
      const kind = lineKind(line)
      if (kind === "renewal") {
        const renewed = await applyRenewalLine(container, order.id, order.customer_id, line, asOf, keep)
        if (renewed) {
          applied.renewed.push(renewed)
        }
      } else if (kind === "upgrade") {
        const id = String(line.metadata!.upgrade_of)
        const key = `plan_change_line:${line.id}`
        const t = keep(
          id,
          await subs.transition(id, {
            dedupe_key: key,
            decide: (row) => {
              const pendingUpgrade = row.pending_upgrade as Record<string, unknown> | null
              if (
                row.customer_id !== order.customer_id ||
                !pendingUpgrade ||
                pendingUpgrade.nonce !== line.metadata?.plan_change ||
                pendingUpgrade.variant_id !== line.variant_id ||
                ["cancelled", "pending_payment"].includes(row.status)
              ) {
                return null
              }
              const to = pendingUpgrade.terms as PlanTerms
              return {
                update: { ...planColumns(to), pending_upgrade: null, scheduled_change: null },
                event: {
                  type: "plan_changed",
                  actor: "customer",
                  actor_id: order.customer_id,
                  note: `${row.plan} → ${to.plan} (upgrade, order #${order.display_id})`,
                  data: { from: row.plan, to: to.plan, variant_id: to.variant_id, order_id: order.id },
                  at: asOf,
                },
              }
            },
          }),
          key
        )
        if (t) {
          applied.upgraded.push(id)
          await linkOrder(container, id, order.id)
        }
      }
    }
    return new StepResponse(applied, undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) {
      return
    }
    const subs = service(container)
    for (const u of [...undo].reverse()) {
      await subs.updateSubscriptions({ id: u.id, ...u.before })
    }
    const events = await subs.listSubscriptionEvents({ dedupe_key: undo.flatMap((u) => u.keys) }, { select: ["id"] })
    if (events.length) {
      await subs.deleteSubscriptionEvents(events.map((e) => e.id))
    }
  }
)

/** The columns of a subscription that say which plan it is on. */
export function planColumns(to: PlanTerms) {
  return {
    variant_id: to.variant_id,
    plan: to.plan,
    amount: to.amount,
    billing_interval: to.billing_interval,
    billing_interval_count: to.billing_interval_count,
  }
}

async function applyRenewalLine(
  container: MedusaContainer,
  orderId: string,
  customerId: string,
  line: OrderLine,
  asOf: Date,
  keep: (id: string, t: Transition, ...keys: string[]) => Transition
) {
  const id = String(line.metadata!.subscription_id)
  const key = `renewal_line:${line.id}`
  let wasSuspended = false
  let planChanged = false
  const t = keep(
    id,
    await service(container).transition(id, {
      dedupe_key: key,
      decide: (row) => {
        if (row.customer_id !== customerId || ["cancelled", "pending_payment"].includes(row.status)) {
          return null
        }
        const scheduled = row.scheduled_change as (PlanTerms & { effective_at?: string }) | null
        // a renewal pays for the plan it renews, or for the downgrade scheduled for it; nothing else
        let to: PlanTerms | null = null
        if (line.variant_id !== row.variant_id) {
          if (!scheduled || scheduled.variant_id !== line.variant_id) {
            return null
          }
          to = scheduled
        }
        const interval = (to?.billing_interval ?? row.billing_interval) as BillingInterval
        const count = Number(to?.billing_interval_count ?? row.billing_interval_count)
        const current = new Date(row.expires_at)
        const from = current.getTime() > asOf.getTime() ? current : asOf
        const expires = addInterval(from, interval, count)
        wasSuspended = row.status === "suspended" || row.status === "expired"
        planChanged = !!to
        const unpaid = row.unpaid_order as { id?: string } | null
        return {
          update: {
            status: "active",
            current_period_start: from,
            expires_at: expires,
            suspension_reason: null,
            suspended_at: null,
            unpaid_order: unpaid?.id === orderId ? null : unpaid,
            ...(to ? { ...planColumns(to), scheduled_change: null } : {}),
          },
          event: {
            type: "renewal_paid",
            actor: "customer",
            actor_id: customerId,
            note: `Renewal order ${orderId}`,
            data: { order_id: orderId, from: from.toISOString(), expires_at: expires.toISOString(), prior_status: row.status },
            at: asOf,
          },
        }
      },
    }),
    key,
    // the timeline entries written after it go with it
    `renewed:${line.id}`,
    `plan_changed:${line.id}`,
    `unsuspended:${line.id}`
  )
  if (!t) {
    return null
  }
  const subs = service(container)
  const after = t.after
  await subs.recordEvents([
    {
      subscription_id: id,
      type: "renewed",
      note: `Renewed until ${new Date(after.expires_at).toISOString().slice(0, 10)}`,
      data: { order_id: orderId, expires_at: new Date(after.expires_at).toISOString() },
      at: asOf,
      dedupe_key: `renewed:${line.id}`,
    },
    ...(planChanged
      ? [{ subscription_id: id, type: "plan_changed", note: `${t.before.plan} → ${after.plan} (scheduled change applied at renewal)`, data: { from: t.before.plan, to: after.plan }, at: asOf, dedupe_key: `plan_changed:${line.id}` }]
      : []),
    ...(wasSuspended ? [{ subscription_id: id, type: "unsuspended", note: "Renewed", at: asOf, dedupe_key: `unsuspended:${line.id}` }] : []),
  ])
  await linkOrder(container, id, orderId)
  return { id, was_suspended: wasSuspended, plan_changed: planChanged }
}

async function linkOrder(container: MedusaContainer, subscriptionId: string, orderId: string) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({ [SUBSCRIPTION_MODULE]: { subscription_id: subscriptionId }, [Modules.ORDER]: { order_id: orderId } })
}
