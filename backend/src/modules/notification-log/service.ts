import { createPublicKey, verify as verifySignature } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import twilio from "twilio"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import NotificationDetail from "./models/notification-detail"
import NotificationTemplateVersion from "./models/notification-template-version"
import { type Branding, type RenderedMessage, type TemplateOverride, TemplateRenderer } from "./renderer"

export type NotificationLogModuleOptions = {
  brand?: Partial<Branding>
  /** attempts before a message is given up as failed */
  maxAttempts?: number
  /** first retry delay; doubles per attempt up to maxBackoffMs */
  baseBackoffMs?: number
  maxBackoffMs?: number
  /**
   * how long a claimed message may stay "sending" before the delivery job takes it back (its
   * worker died mid-send); longer than one attempt may take (at most 20 s per email transport)
   */
  leaseMs?: number
  /** days a sent, delivered, failed or bounced message is kept before the weekly cleanup deletes it */
  retentionDays?: number
  /** days after which a sent, delivered, failed or bounced email is archived (hidden from the default log view) */
  archiveAfterDays?: number
  webhooks?: {
    twilioAuthToken?: string
    twilioCallbackUrl?: string
    sendgridPublicKey?: string
    /** how far (seconds, either way) a signed SendGrid event's timestamp may be from now: older ones are replays */
    sendgridToleranceSeconds?: number
  }
}

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

/** Default claim: a message a dead worker left "sending" is retried by the next job run after a minute. */
export const DEFAULT_LEASE_MS = 60_000
/** Shorter claims could expire while a slow attempt is still talking to the provider. */
export const MIN_LEASE_MS = 30_000

/** States a message never leaves by itself: the only ones the retention purge deletes. */
export const FINAL_STATUSES = ["sent", "delivered", "failed", "bounced"] as const

/** Delivery statuses a provider callback may move a message to, and from where. */
const CALLBACK_TRANSITIONS: Record<string, string[]> = {
  delivered: ["sending", "sent"],
  bounced: ["sending", "sent", "delivered"],
  failed: ["sending", "sent"],
}

class NotificationLogModuleService extends MedusaService({
  NotificationDetail,
  NotificationTemplateVersion,
}) {
  readonly renderer: TemplateRenderer
  readonly maxAttempts: number
  protected readonly baseBackoffMs_: number
  protected readonly maxBackoffMs_: number
  readonly leaseMs: number
  readonly retentionDays: number
  readonly archiveAfterDays: number
  protected readonly webhooks_: NonNullable<NotificationLogModuleOptions["webhooks"]>

  constructor(container: Record<string, unknown>, options: NotificationLogModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.renderer = new TemplateRenderer({
      name: "CloudServices",
      primary_color: "#0b1b3a",
      accent_color: "#2563eb",
      footer_address: "1 Cloud Way, Dublin, Ireland",
      storefront_url: "http://localhost:8000",
      admin_url: "http://localhost:9000",
      ...options.brand,
    })
    this.maxAttempts = options.maxAttempts ?? 8
    this.baseBackoffMs_ = options.baseBackoffMs ?? 60_000
    this.maxBackoffMs_ = options.maxBackoffMs ?? 60 * 60_000
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
    if (!Number.isFinite(this.leaseMs) || this.leaseMs < MIN_LEASE_MS) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification_log: leaseMs must be at least ${MIN_LEASE_MS / 1000} s (NOTIFICATION_SENDING_TIMEOUT_SECONDS), got ${options.leaseMs}`
      )
    }
    this.retentionDays = options.retentionDays ?? 365
    if (!Number.isInteger(this.retentionDays) || this.retentionDays < 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification_log: retentionDays must be a whole number of days (NOTIFICATION_LOG_RETENTION_DAYS), got ${options.retentionDays}`
      )
    }
    this.archiveAfterDays = options.archiveAfterDays ?? 90
    if (!Number.isInteger(this.archiveAfterDays) || this.archiveAfterDays < 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification_log: archiveAfterDays must be a whole number of days (CLEANUP_EMAIL_ARCHIVE_DAYS), got ${options.archiveAfterDays}`
      )
    }
    this.webhooks_ = options.webhooks ?? {}
  }

  /** Twilio's X-Twilio-Signature over the callback URL and posted parameters. */
  /**
   * The edited version each template is sent with: its newest version, or null (the built-in
   * template) when it has none or the newest is a reset. One query for any number of templates.
   */
  async currentTemplateVersions(names: string[]): Promise<Map<string, (TemplateOverride & { version: number }) | null>> {
    const current = new Map<string, (TemplateOverride & { version: number }) | null>()
    const unique = [...new Set(names)]
    if (!unique.length) {
      return current
    }
    const versions = await this.listNotificationTemplateVersions({ template: unique }, { order: { version: "DESC" } })
    for (const v of versions) {
      if (!current.has(v.template)) {
        current.set(
          v.template,
          v.source === "reset" ? null : { key: v.id, version: v.version, subject: v.subject ?? null, html: v.html ?? null, text: v.text }
        )
      }
    }
    for (const name of unique) {
      if (!current.has(name)) current.set(name, null)
    }
    return current
  }

  /** A template rendered as the platform sends it now (its current edited version, or the built-in one). */
  async renderCurrent(name: string, data: Record<string, unknown>): Promise<RenderedMessage> {
    const current = (await this.currentTemplateVersions([name])).get(name) ?? null
    return this.renderer.render(name, data, current)
  }

  verifyTwilioSignature(signature: string | undefined, params: Record<string, string>): boolean {
    const { twilioAuthToken, twilioCallbackUrl } = this.webhooks_
    if (!signature || !twilioAuthToken || !twilioCallbackUrl) {
      return false
    }
    return twilio.validateRequest(twilioAuthToken, signature, twilioCallbackUrl, params)
  }

  /** SendGrid's signed event webhook: ECDSA (P-256, SHA-256) over timestamp + raw body. */
  verifySendgridSignature(
    rawBody: Buffer | undefined,
    signature: string | undefined,
    timestamp: string | undefined
  ): boolean {
    const key = this.webhooks_.sendgridPublicKey
    if (!key || !rawBody || !signature || !timestamp) {
      return false
    }
    try {
      const publicKey = createPublicKey({ key: Buffer.from(key, "base64"), format: "der", type: "spki" })
      return verifySignature(
        "sha256",
        Buffer.concat([Buffer.from(timestamp), rawBody]),
        publicKey,
        Buffer.from(signature, "base64")
      )
    } catch {
      return false
    }
  }

  /**
   * A signed SendGrid event is taken only within the tolerance (default 5
   * minutes) of its signed timestamp: a captured one can't be replayed later.
   */
  isFreshSendgridTimestamp(timestamp: string | undefined, now: number = Date.now()): boolean {
    const seconds = Number(timestamp)
    const tolerance = this.webhooks_.sendgridToleranceSeconds ?? 300
    return !!timestamp && Number.isFinite(seconds) && Math.abs(now / 1000 - seconds) <= tolerance
  }

  /** Delay before retry number `attempts` (1 min, 2, 4, … capped). */
  backoffMs(attempts: number): number {
    return Math.min(this.maxBackoffMs_, this.baseBackoffMs_ * 2 ** Math.max(0, attempts - 1))
  }

  /**
   * Takes a due message for delivery: queued and due, or stuck "sending"
   * past its lease (a worker died mid-send). Atomic, so two workers never
   * both take it. Returns the attempt number, or null when not due.
   */
  @InjectTransactionManager()
  async claimForDelivery(
    id: string,
    asOf: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; attempts: number; recovered: boolean } | null> {
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `UPDATE notification_detail
          SET status = 'sending', attempts = attempts + 1,
              next_attempt_at = ?, updated_at = now()
        WHERE id = ? AND deleted_at IS NULL
          AND (status = 'queued' OR status = 'sending')
          AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
        RETURNING id, attempts,
          (SELECT status FROM notification_detail WHERE id = ?) AS previous_status`,
      [new Date(asOf.getTime() + this.leaseMs), id, asOf, id]
    )
    if (!rows.length) {
      return null
    }
    return {
      id: String(rows[0].id),
      attempts: Number(rows[0].attempts),
      recovered: rows[0].previous_status === "sending",
    }
  }

  /** Ids of messages due for delivery at `asOf`, oldest first, after a cursor. */
  @InjectTransactionManager()
  async listDueIds(
    asOf: Date,
    { limit = 100, after }: { limit?: number; after?: string } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `SELECT id FROM notification_detail
        WHERE deleted_at IS NULL AND status IN ('queued', 'sending')
          AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
          ${after ? "AND id > ?" : ""}
        ORDER BY id LIMIT ?`,
      after ? [asOf, after, limit] : [asOf, limit]
    )
    return rows.map((r) => String(r.id))
  }

  /**
   * Deletes (for good) up to `limit` messages created before `cutoff` that
   * are in a final state, oldest id first after the cursor `after`. Queued
   * and sending messages are never touched, whatever their age. Returns how
   * many were deleted and the cursor for the next page (null when done).
   */
  @InjectTransactionManager()
  async purgeOlderThan(
    cutoff: Date,
    { limit = 1000, after }: { limit?: number; after?: string | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ deleted: number; next: string | null }> {
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `DELETE FROM notification_detail
        WHERE id IN (
          SELECT id FROM notification_detail
           WHERE created_at < ? AND status IN (${FINAL_STATUSES.map(() => "?").join(", ")})
             ${after ? "AND id > ?" : ""}
           ORDER BY id LIMIT ?)
        RETURNING id`,
      [cutoff, ...FINAL_STATUSES, ...(after ? [after] : []), limit]
    )
    const last = rows.reduce<string | null>((max, r) => (max === null || String(r.id) > max ? String(r.id) : max), null)
    return { deleted: rows.length, next: rows.length < limit ? null : last }
  }

  /**
   * Archives a page of emails in a final state created before `cutoff` and
   * not archived yet, stamping them `at`; the next page is whatever is left,
   * so a rerun archives nothing more.
   */
  @InjectTransactionManager()
  async archiveOlderThan(
    cutoff: Date,
    at: Date,
    { limit = 1000 }: { limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ archived: number }> {
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `UPDATE notification_detail SET archived_at = ?, updated_at = now()
        WHERE id IN (
          SELECT id FROM notification_detail
           WHERE channel = 'email' AND archived_at IS NULL AND deleted_at IS NULL AND created_at < ?
             AND status IN (${FINAL_STATUSES.map(() => "?").join(", ")})
           ORDER BY id LIMIT ?)
        RETURNING id`,
      [at, cutoff, ...FINAL_STATUSES, limit]
    )
    return { archived: rows.length }
  }

  /**
   * Provider took the message. Local providers deliver on the spot. Recorded
   * whichever attempt it was (a slow one whose claim another worker took over
   * included: the message did go out), unless the entry already reached a
   * final state, which a late success must not move back.
   */
  @InjectTransactionManager()
  async recordSent(
    id: string,
    input: { provider: string; provider_message_id: string | null; notification_id: string | null; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: string } | null> {
    const manager = sharedContext.transactionManager as Manager
    const status = input.provider === "local" ? "delivered" : "sent"
    const rows = await manager.execute(
      `UPDATE notification_detail
          SET status = ?, provider = ?, provider_message_id = ?, notification_id = ?,
              sent_at = ?, delivered_at = ?, next_attempt_at = NULL, error = NULL, updated_at = now()
        WHERE id = ? AND deleted_at IS NULL AND status IN ('queued', 'sending')
        RETURNING id, status`,
      [
        status,
        input.provider,
        input.provider_message_id,
        input.notification_id,
        input.at,
        status === "delivered" ? input.at : null,
        id,
      ]
    )
    return rows.length ? { id: String(rows[0].id), status: String(rows[0].status) } : null
  }

  /**
   * An attempt failed: retry later with backoff, or give up. Only while the
   * attempt still holds its claim: when it outlived its lease and another
   * worker took the message over, nothing changes (null).
   */
  @InjectTransactionManager()
  async recordFailure(
    id: string,
    input: { error: string; permanent: boolean; attempts: number; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; status: string } | null> {
    const manager = sharedContext.transactionManager as Manager
    const giveUp = input.permanent || input.attempts >= this.maxAttempts
    const rows = await manager.execute(
      `UPDATE notification_detail
          SET status = ?, error = ?, failed_at = ?, next_attempt_at = ?, updated_at = now()
        WHERE id = ? AND deleted_at IS NULL AND status = 'sending' AND attempts = ?
        RETURNING id, status`,
      [
        giveUp ? "failed" : "queued",
        input.error.slice(0, 2000),
        giveUp ? input.at : null,
        giveUp ? null : new Date(input.at.getTime() + this.backoffMs(input.attempts)),
        id,
        input.attempts,
      ]
    )
    return rows.length ? { id: String(rows[0].id), status: String(rows[0].status) } : null
  }

  /**
   * A provider's delivery callback (Twilio status, SendGrid event). Only moves
   * forward, so duplicates and late, out-of-order events change nothing.
   */
  async applyDeliveryStatus(input: {
    provider_message_id: string
    status: "delivered" | "bounced" | "failed"
    at: Date
    error?: string | null
  }) {
    const [detail] = await this.listNotificationDetails({
      provider_message_id: input.provider_message_id,
    })
    if (!detail || !CALLBACK_TRANSITIONS[input.status].includes(detail.status)) {
      return { detail: detail ?? null, changed: false }
    }
    const updated = await this.updateNotificationDetails({
      id: detail.id,
      status: input.status,
      delivered_at: input.status === "delivered" ? input.at : detail.delivered_at,
      failed_at: input.status === "delivered" ? detail.failed_at : input.at,
      error: input.error ?? detail.error,
    })
    return { detail: updated, changed: true }
  }
}

export default NotificationLogModuleService
