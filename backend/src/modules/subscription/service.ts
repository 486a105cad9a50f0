import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import Subscription from "./models/subscription"
import SubscriptionEvent from "./models/subscription-event"
import { addInterval, type BillingInterval, DAY_MS } from "./utils"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

export type EventInput = {
  type: string
  actor?: "system" | "customer" | "admin"
  actor_id?: string | null
  note?: string | null
  data?: Record<string, unknown> | null
  at: Date
  dedupe_key?: string | null
}

/** A plan a subscription switches to (a downgrade at renewal, an upgrade at once). */
export type PlanTerms = {
  variant_id: string
  plan: string
  amount: number
  billing_interval: BillingInterval
  billing_interval_count: number
}

/** What a locked transition did: the row before and after, or null when it had nothing to do. */
export type Transition = { before: Record<string, any>; after: Record<string, any> } | null

const STATUS_OF_KIND = {
  reminder: "status = 'active'",
  suspend: "status = 'active'",
  cancel: "status = 'active'",
  renew: "status = 'active'",
  expire: "status = 'suspended'",
  overdue: "status <> 'cancelled'",
} as const

const TIMELINE_COLUMNS = "id, subscription_id, type, actor, actor_id, note, data, occurred_at, dedupe_key, created_at, updated_at"

export type SubscriptionModuleOptions = {
  /** days a subscription may stay suspended before it expires */
  expireAfterSuspendedDays?: number
}

class SubscriptionModuleService extends MedusaService({
  Subscription,
  SubscriptionEvent,
}) {
  readonly expireAfterSuspendedDays: number

  constructor(container: Record<string, unknown>, options: SubscriptionModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.expireAfterSuspendedDays = options.expireAfterSuspendedDays ?? 30
  }

  /**
   * Appends to a subscription's timeline. With a dedupe key the event is
   * written at most once, whoever races to write it; returns false when it
   * already existed.
   */
  async recordEvent(subscriptionId: string, input: EventInput): Promise<boolean> {
    if (input.dedupe_key) {
      const [existing] = await this.listSubscriptionEvents({ dedupe_key: input.dedupe_key }, { select: ["id"] })
      if (existing) {
        return false
      }
    }
    try {
      await this.createSubscriptionEvents({
        subscription_id: subscriptionId,
        type: input.type,
        actor: input.actor ?? "system",
        actor_id: input.actor_id ?? null,
        note: input.note ?? null,
        data: input.data ?? null,
        occurred_at: input.at,
        dedupe_key: input.dedupe_key ?? null,
      })
      return true
    } catch (e) {
      if (input.dedupe_key && /unique|duplicate/i.test((e as Error).message)) {
        return false
      }
      throw e
    }
  }

  /** The dedupe keys among `keys` that an event already holds (one read). */
  async takenDedupeKeys(keys: string[]): Promise<Set<string | null>> {
    if (!keys.length) {
      return new Set()
    }
    const events = await this.listSubscriptionEvents({ dedupe_key: keys }, { select: ["dedupe_key"] })
    return new Set(events.map((e) => e.dedupe_key))
  }

  /**
   * Appends many timeline events at once (a lifecycle page): one read for the
   * dedupe keys already used, one insert. Returns the inputs it wrote; an
   * input whose key exists is skipped. If another run inserts one of the keys
   * meanwhile, the insert fails as a whole and each event is retried alone.
   */
  async recordEvents<T extends EventInput & { subscription_id: string }>(inputs: T[]): Promise<T[]> {
    const taken = await this.takenDedupeKeys(inputs.map((i) => i.dedupe_key).filter((k): k is string => !!k))
    const fresh = inputs.filter((i) => !i.dedupe_key || (!taken.has(i.dedupe_key) && taken.add(i.dedupe_key)))
    if (!fresh.length) {
      return []
    }
    try {
      // one millisecond apart, so the timeline keeps the order they were given in
      const base = Date.now()
      await this.createSubscriptionEvents(
        fresh.map((input, i) => ({
          created_at: new Date(base + i),
          subscription_id: input.subscription_id,
          type: input.type,
          actor: input.actor ?? "system",
          actor_id: input.actor_id ?? null,
          note: input.note ?? null,
          data: input.data ?? null,
          occurred_at: input.at,
          dedupe_key: input.dedupe_key ?? null,
        }))
      )
      return fresh
    } catch (e) {
      if (!/unique|duplicate/i.test((e as Error).message)) {
        throw e
      }
      const written: T[] = []
      for (const input of fresh) {
        if (await this.recordEvent(input.subscription_id, input)) {
          written.push(input)
        }
      }
      return written
    }
  }

  /**
   * Runs `decide` on the subscription's row locked FOR UPDATE in one
   * transaction: concurrent transitions of one subscription wait for each
   * other and each sees what the previous one wrote. With a dedupe key the
   * transition happens at most once (a replayed payment event changes
   * nothing). `decide` returns the columns to change (null: nothing to do) and
   * the timeline event to record with them.
   */
  @InjectTransactionManager()
  async transition(
    id: string,
    input: {
      dedupe_key?: string | null
      decide: (row: Record<string, any>) => { update: Record<string, unknown>; event: EventInput } | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Transition> {
    const manager = sharedContext.transactionManager as Manager
    const [row] = await manager.execute(`SELECT * FROM subscription WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [id])
    if (!row) {
      return null
    }
    if (input.dedupe_key) {
      const [seen] = await manager.execute(
        `SELECT id FROM subscription_event WHERE dedupe_key = ? AND deleted_at IS NULL`,
        [input.dedupe_key]
      )
      if (seen) {
        return null
      }
    }
    const decision = input.decide(row)
    if (!decision) {
      return null
    }
    const columns = Object.keys(decision.update)
    const [after] = columns.length
      ? await manager.execute(
          `UPDATE subscription SET ${columns.map((c) => `"${c}" = ?`).join(", ")}, updated_at = now() WHERE id = ? RETURNING *`,
          [...columns.map((c) => jsonParam(decision.update[c])), id]
        )
      : [row]
    const e = decision.event
    await manager.execute(
      `INSERT INTO subscription_event (${TIMELINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp())`,
      [
        generateEntityId(undefined, "subev"),
        id,
        e.type,
        e.actor ?? "system",
        e.actor_id ?? null,
        e.note ?? null,
        e.data ? JSON.stringify(e.data) : null,
        e.at,
        input.dedupe_key ?? e.dedupe_key ?? null,
      ]
    )
    return { before: row, after }
  }

  /** Next period's end when a term is added now: from max(asOf, expires_at). */
  nextExpiry(sub: { expires_at: Date | string; billing_interval: string; billing_interval_count: number }, asOf: Date) {
    const current = new Date(sub.expires_at)
    const from = current.getTime() > asOf.getTime() ? current : asOf
    return { period_start: from, expires_at: addInterval(from, sub.billing_interval as BillingInterval, sub.billing_interval_count) }
  }

  /**
   * Ids of subscriptions a lifecycle pass must look at, a page at a time
   * (cursor on id), straight from indexed columns so 100k rows cost pages, not memory.
   *   reminder:  active, expiring within `days` of asOf, not yet expired
   *   suspend:   active, expired for longer than the grace days, not cancelling
   *   cancel:    active, set to cancel at period end, period over
   *   renew:     active, auto-renew on, expiring within a day
   *   expire:    suspended for `days` or longer without being renewed
   *   overdue:   an order of it still unpaid after its due date (first order of a pending_payment one, or a renewal)
   */
  @InjectManager()
  async listDueIds(
    kind: "reminder" | "suspend" | "cancel" | "renew" | "expire" | "overdue",
    asOf: Date,
    { days = 0, after, limit = 500 }: { days?: number; after?: string; limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as Manager
    const conditions: Record<typeof kind, string> = {
      reminder: "expires_at > ? AND expires_at <= ? AND cancel_at_period_end = false",
      suspend: "expires_at + make_interval(days => grace_days) <= ? AND cancel_at_period_end = false",
      cancel: "expires_at <= ? AND cancel_at_period_end = true",
      renew: "auto_renew = true AND cancel_at_period_end = false AND expires_at <= ? AND unpaid_order IS NULL",
      expire: "suspended_at <= ?",
      overdue: "unpaid_order IS NOT NULL AND (unpaid_order->>'due_at')::timestamptz <= ?",
    }
    const params: unknown[] =
      kind === "reminder"
        ? [asOf, new Date(asOf.getTime() + days * DAY_MS)]
        : kind === "renew"
          ? [new Date(asOf.getTime() + DAY_MS)]
          : kind === "expire"
            ? [new Date(asOf.getTime() - days * DAY_MS)]
            : [asOf]
    if (after) {
      params.push(after)
    }
    params.push(limit)
    const rows = await manager.execute(
      `SELECT id FROM subscription
        WHERE deleted_at IS NULL AND ${STATUS_OF_KIND[kind]} AND ${conditions[kind]}
          ${after ? "AND id > ?" : ""}
        ORDER BY id LIMIT ?`,
      params
    )
    return rows.map((r) => String(r.id))
  }
}

export default SubscriptionModuleService

/** Objects go to jsonb columns as JSON text; everything else as it is. */
function jsonParam(value: unknown) {
  return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value
}
