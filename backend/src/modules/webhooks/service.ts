import { createHash, randomBytes } from "node:crypto"
import type { Context, Logger } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { Webhook } from "standardwebhooks"
import WebhookDelivery from "./models/webhook-delivery"
import WebhookEndpoint from "./models/webhook-endpoint"
import { postJson } from "./transport"
import { checkWebhookUrl } from "./url-policy"

export type WebhooksModuleOptions = {
  /** let endpoints point at loopback / private networks (local development only) */
  allowPrivate?: boolean
  /** how long one attempt may take, connect to last byte */
  timeoutMs?: number
  /** attempts before a delivery is given up as failed */
  maxAttempts?: number
  /** wait before retry n (the last one repeats) */
  backoffMs?: number[]
  /** characters of an answer's body kept in the log */
  maxResponseChars?: number
}

/** 30 s, 2 min, 10 min, 1 h, 6 h. */
export const DEFAULT_BACKOFF_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000]

export type WebhookPayload = { type: string; timestamp: string; data: { id: string } & Record<string, unknown> }

export type NewDelivery = { endpoint_id: string; event_type: string; event_id: string; payload: WebhookPayload }

export type Claim = { id: string; attempts: number }

export type AttemptOutcome = "succeeded" | "retry" | "failed" | "skipped"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

class WebhooksModuleService extends MedusaService({
  WebhookEndpoint,
  WebhookDelivery,
}) {
  readonly allowPrivate: boolean
  readonly timeoutMs: number
  readonly maxAttempts: number
  protected readonly backoff_: number[]
  protected readonly maxResponseChars_: number
  protected readonly logger_: Logger

  constructor(container: { logger: Logger }, options: WebhooksModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = container.logger
    this.allowPrivate = options.allowPrivate === true
    this.timeoutMs = options.timeoutMs ?? 5000
    this.maxAttempts = options.maxAttempts ?? 6
    this.backoff_ = options.backoffMs?.length ? options.backoffMs : DEFAULT_BACKOFF_MS
    this.maxResponseChars_ = options.maxResponseChars ?? 1000
    for (const [name, value] of [
      ["timeoutMs (WEBHOOK_TIMEOUT_MS)", this.timeoutMs],
      ["maxAttempts (WEBHOOK_MAX_ATTEMPTS)", this.maxAttempts],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `webhooks: ${name} must be a whole number above 0, got ${value}`)
      }
    }
  }

  /** A new signing secret: `whsec_` + 32 random bytes, base64 (the Standard Webhooks format). */
  generateSecret(): string {
    return `whsec_${randomBytes(32).toString("base64")}`
  }

  /** The `webhook-id` of a source event: the same for every endpoint, replay and retry of it. */
  eventId(eventType: string, resourceId: string, occurredAt: Date): string {
    const digest = createHash("sha256").update(`${eventType}:${resourceId}:${occurredAt.toISOString()}`).digest("base64url")
    return `msg_${digest.slice(0, 27)}`
  }

  /** Throws INVALID_DATA (400) for a URL deliveries must not go to (see url-policy.ts). */
  async assertDeliverableUrl(url: string): Promise<void> {
    await checkWebhookUrl(url, { allowPrivate: this.allowPrivate })
  }

  /** Wait before the retry that follows attempt number `attempts`. */
  backoffMs(attempts: number): number {
    return this.backoff_[Math.min(Math.max(attempts, 1), this.backoff_.length) - 1]
  }

  /**
   * Queues deliveries due at `asOf`, one per (endpoint, event id): rows that
   * exist already (a replayed event) are left alone. Returns the new ones' ids.
   */
  @InjectTransactionManager()
  async queueDeliveries(rows: NewDelivery[], asOf: Date, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!rows.length) {
      return []
    }
    const manager = sharedContext.transactionManager as Manager
    const values = rows.map(() => "(?, ?, ?, ?, ?::jsonb, 'pending', 0, ?, ?)").join(", ")
    const params = rows.flatMap((r) => [
      generateEntityId(undefined, "whdel"),
      r.endpoint_id,
      r.event_type,
      r.event_id,
      JSON.stringify(r.payload),
      asOf,
      `${r.endpoint_id}:${r.event_id}`,
    ])
    const inserted = await manager.execute(
      `INSERT INTO webhook_delivery (id, endpoint_id, event_type, event_id, payload, status, attempts, next_attempt_at, dedupe_key)
       VALUES ${values}
       ON CONFLICT DO NOTHING
       RETURNING id`,
      params
    )
    return inserted.map((r) => String(r.id)).sort()
  }

  /**
   * Claims deliveries for an attempt, atomically: one UPDATE that only takes
   * rows still pending and due, counts the attempt and pushes `next_attempt_at`
   * past the attempt's timeout (the lease: a worker that dies mid-send leaves
   * the row due again afterwards). Two workers never both take a row — the
   * second one's UPDATE re-checks the row after the first commits and skips it.
   * With `ids`, only those; otherwise the next page after the `after` cursor,
   * in id order. Returns the claims and the page's last id (the next cursor).
   */
  @InjectTransactionManager()
  async claimDue(
    asOf: Date,
    { ids, after, limit = 100 }: { ids?: string[]; after?: string; limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ claims: Claim[]; cursor: string | null }> {
    if (ids && !ids.length) {
      return { claims: [], cursor: null }
    }
    const manager = sharedContext.transactionManager as Manager
    const lease = new Date(asOf.getTime() + this.timeoutMs + 60_000)
    const scope = ids ? `AND id IN (${ids.map(() => "?").join(", ")})` : after ? "AND id > ?" : ""
    const scopeParams = ids ?? (after ? [after] : [])
    const [row] = await manager.execute(
      `WITH page AS (
         SELECT id FROM webhook_delivery
          WHERE deleted_at IS NULL AND status = 'pending' AND next_attempt_at <= ? ${scope}
          ORDER BY id LIMIT ?
       ), claimed AS (
         UPDATE webhook_delivery d
            SET attempts = d.attempts + 1, next_attempt_at = ?, updated_at = now()
           FROM page
          WHERE d.id = page.id AND d.status = 'pending' AND d.next_attempt_at <= ?
         RETURNING d.id, d.attempts
       )
       SELECT (SELECT max(id) FROM page) AS cursor,
              (SELECT coalesce(json_agg(json_build_object('id', id, 'attempts', attempts) ORDER BY id), '[]'::json) FROM claimed) AS claims`,
      [asOf, ...scopeParams, limit, lease, asOf]
    )
    const claims = (typeof row.claims === "string" ? JSON.parse(row.claims) : row.claims) as Claim[]
    return { claims, cursor: row.cursor ? String(row.cursor) : null }
  }

  /**
   * Makes a delivery due now again (the admin's Retry), whatever its status,
   * keeping its webhook-id. Returns the fields as they were, for a compensation.
   */
  @InjectTransactionManager()
  async reopenDelivery(
    id: string,
    asOf: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: string; next_attempt_at: Date | null }> {
    const manager = sharedContext.transactionManager as Manager
    const [before] = await manager.execute(
      `SELECT id, status, next_attempt_at FROM webhook_delivery WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [id]
    )
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Webhook delivery with id: ${id} was not found`)
    }
    await manager.execute(
      `UPDATE webhook_delivery SET status = 'pending', next_attempt_at = ?, updated_at = now() WHERE id = ?`,
      [asOf, id]
    )
    return {
      id,
      status: String(before.status),
      next_attempt_at: before.next_attempt_at ? new Date(before.next_attempt_at as string) : null,
    }
  }

  /**
   * Makes the claimed attempts: signs each body with its endpoint's secret
   * (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) and
   * POSTs it, then records the answer — succeeded on 2xx, otherwise due again
   * after the backoff, or failed once the attempts are used up. An endpoint
   * deleted or disabled meanwhile fails the delivery without a request.
   *
   * `asOf` decides what is recorded (times, the next attempt); the signature
   * carries the real send time, because receivers check it against their own
   * clock (Standard Webhooks rejects timestamps more than 5 minutes off).
   */
  async attemptDeliveries(claims: Claim[], asOf: Date, { concurrency = 10 } = {}): Promise<AttemptOutcome[]> {
    if (!claims.length) {
      return []
    }
    const deliveries = await this.listWebhookDeliveries({ id: claims.map((c) => c.id) })
    const endpoints = await this.listWebhookEndpoints(
      { id: [...new Set(deliveries.map((d) => d.endpoint_id))] },
      { withDeleted: true }
    )
    const byId = new Map(deliveries.map((d) => [d.id, d]))
    const endpointById = new Map(endpoints.map((e) => [e.id, e]))
    const outcomes: AttemptOutcome[] = []
    for (let i = 0; i < claims.length; i += concurrency) {
      const batch = claims.slice(i, i + concurrency)
      outcomes.push(
        ...(await Promise.all(
          batch.map(async (claim) => {
            const delivery = byId.get(claim.id)
            if (!delivery) {
              return "skipped" as const
            }
            const endpoint = endpointById.get(delivery.endpoint_id)
            if (!endpoint || endpoint.deleted_at || !endpoint.enabled) {
              const reason = !endpoint || endpoint.deleted_at ? "endpoint deleted" : "endpoint disabled"
              await this.recordAttempt(claim, { status: null, body: null, error: reason }, asOf, { final: true })
              return "failed" as const
            }
            const body = JSON.stringify(delivery.payload)
            const sentAt = new Date()
            const headers = {
              "user-agent": "CloudServices-Webhooks/1.0",
              "webhook-id": delivery.event_id,
              "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
              "webhook-signature": new Webhook(endpoint.secret).sign(delivery.event_id, sentAt, body),
            }
            const result = await postJson(endpoint.url, body, headers, {
              timeoutMs: this.timeoutMs,
              allowPrivate: this.allowPrivate,
              maxBodyChars: this.maxResponseChars_,
            })
            const outcome = await this.recordAttempt(claim, result, asOf)
            if (outcome !== "succeeded") {
              this.logger_.warn(
                `Webhook delivery ${claim.id} (${delivery.event_type}) to endpoint ${endpoint.id} attempt ${claim.attempts} ` +
                  `failed (${outcome === "failed" ? "giving up" : "will retry"}): ${result.error}`
              )
            }
            return outcome
          })
        ))
      )
    }
    return outcomes
  }

  /**
   * Records one attempt's answer on the delivery (only if no later attempt
   * claimed it meanwhile) and the endpoint's last success / failure.
   */
  @InjectTransactionManager()
  protected async recordAttempt(
    claim: Claim,
    result: { status: number | null; body: string | null; error: string | null },
    asOf: Date,
    { final = false }: { final?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AttemptOutcome> {
    const manager = sharedContext.transactionManager as Manager
    const ok = !result.error
    const outcome: AttemptOutcome = ok ? "succeeded" : final || claim.attempts >= this.maxAttempts ? "failed" : "retry"
    const rows = await manager.execute(
      `UPDATE webhook_delivery
          SET status = ?, next_attempt_at = ?, response_status = ?, response_body = ?, error = ?,
              delivered_at = coalesce(?, delivered_at), updated_at = now()
        WHERE id = ? AND attempts = ?
        RETURNING endpoint_id`,
      [
        outcome === "retry" ? "pending" : outcome,
        outcome === "retry" ? new Date(asOf.getTime() + this.backoffMs(claim.attempts)) : null,
        result.status,
        result.body,
        result.error,
        ok ? asOf : null,
        claim.id,
        claim.attempts,
      ]
    )
    if (!rows.length) {
      return "skipped"
    }
    await manager.execute(
      `UPDATE webhook_endpoint SET ${ok ? "last_success_at" : "last_failure_at"} = ?, updated_at = now() WHERE id = ?`,
      [asOf, rows[0].endpoint_id]
    )
    return outcome
  }
}

export default WebhooksModuleService
