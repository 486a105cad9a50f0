import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import Service from "./models/service"
import ServiceAction from "./models/service-action"
import type {
  ProviderCallback,
  ProviderService,
  ProviderServiceUpdate,
  ProvisioningProvider,
  Requester,
  ServiceActionName,
  ServiceActionStatus,
} from "../../lib/provisioning-provider"
import { backoffMs, decryptSecret, encryptSecret } from "../../lib/provisioning-utils"
import { PROVIDER_IDS_KEY, providerKey, type ProvisioningModuleOptions } from "./types"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, any>[]> }

/** What became of one provider call (or callback). */
export type ActionOutcome =
  | { status: "succeeded"; service?: ProviderServiceUpdate; data?: Record<string, unknown> }
  | { status: "running"; data?: Record<string, unknown> }
  | { status: "failed"; error: string; data?: Record<string, unknown> }

/** The rows as they were before an outcome was recorded (what a compensation puts back). */
export type RecordedBefore = { action: Record<string, unknown>; service: Record<string, unknown> }

export type RecordedOutcome = {
  applied: boolean
  action_id: string
  service_id: string
  status: ServiceActionStatus
  /** service.* events the change calls for, in order */
  events: string[]
  before: RecordedBefore | null
}

/** The action's status and times before a claim (what a compensation puts back). */
export type ClaimedAction = {
  id: string
  service_id: string
  action: ServiceActionName
  attempts: number
  previous: { status: string; attempts: number; next_attempt_at: Date | null; started_at: Date | null; finished_at: Date | null; error: string | null }
}

/** The service event a succeeded action announces. */
const EVENT_OF: Partial<Record<ServiceActionName, string>> = {
  provision: "service.active",
  suspend: "service.suspended",
  unsuspend: "service.unsuspended",
  terminate: "service.terminated",
}

const ACTION_COLUMNS = ["status", "attempts", "next_attempt_at", "started_at", "finished_at", "error", "data"] as const
const SERVICE_COLUMNS = [
  "status",
  "ipv4",
  "ipv6",
  "hostname",
  "os",
  "ssh_key_fingerprint",
  "root_password_encrypted",
  "external_id",
  "provisioned_at",
  "suspended_at",
  "terminated_at",
  "terminate_after",
] as const

const MINUTE = 60_000

/**
 * Services and the actions their providers run. The providers come from the
 * module's options (loaders/providers.ts); which one runs a service is
 * decided when it is created (the product's `metadata.provisioning_provider`).
 * Root passwords are stored encrypted and only decrypted for the customer's
 * explicit reveal. Two workers never run one action at once: an attempt
 * starts with an atomic claim (one UPDATE … RETURNING).
 */
class ProvisioningModuleService extends MedusaService({ Service, ServiceAction }) {
  protected readonly cradle_: Record<string, unknown>
  protected readonly secretKey_: string
  readonly defaultProvider: string
  readonly maxAttempts: number
  readonly retentionDays: number
  readonly credentialsRateLimit: { max: number; windowSeconds: number }
  protected readonly baseBackoffMs_: number
  protected readonly maxBackoffMs_: number
  protected readonly runningTimeoutMs_: number

  constructor(cradle: Record<string, unknown>, options: ProvisioningModuleOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    if (!options?.secretKey || options.secretKey.length < 16) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "provisioning needs `secretKey` (PROVISIONING_SECRET_KEY, 16+ characters)")
    }
    this.cradle_ = cradle
    this.secretKey_ = options.secretKey
    this.defaultProvider = options.defaultProvider ?? "local"
    this.maxAttempts = options.maxAttempts ?? 6
    this.retentionDays = options.retentionDays ?? 7
    this.baseBackoffMs_ = options.baseBackoffMs ?? MINUTE
    this.maxBackoffMs_ = options.maxBackoffMs ?? 60 * MINUTE
    this.runningTimeoutMs_ = options.runningTimeoutMs ?? 30 * MINUTE
    this.credentialsRateLimit = {
      max: options.credentialsRateLimit?.max ?? 5,
      windowSeconds: options.credentialsRateLimit?.windowSeconds ?? 900,
    }
  }

  /** Ids of the registered providers. */
  providerIds(): string[] {
    return (this.cradle_[PROVIDER_IDS_KEY] as string[] | undefined) ?? []
  }

  /** The provider registered under `id`. */
  provider(id: string): ProvisioningProvider {
    if (!this.providerIds().includes(id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No provisioning provider "${id}" is configured`)
    }
    return this.cradle_[providerKey(id)] as ProvisioningProvider
  }

  /** The provider a product's services use: its `metadata.provisioning_provider`, else the default. */
  providerFor(metadata: Record<string, unknown> | null | undefined): string {
    const chosen = metadata?.provisioning_provider
    return typeof chosen === "string" && chosen ? chosen : this.defaultProvider
  }

  backoffMs(attempts: number): number {
    return backoffMs(attempts, this.baseBackoffMs_, this.maxBackoffMs_)
  }

  /** The root password in clear text, for the customer who re-entered their password (never logged). */
  async revealRootPassword(serviceId: string): Promise<string | null> {
    const service = await this.retrieveService(serviceId, { select: ["id", "root_password_encrypted"] })
    return service.root_password_encrypted ? decryptSecret(this.secretKey_, service.root_password_encrypted) : null
  }

  /** The service of a subscription, created (status provisioning) the first time. */
  async ensureService(input: {
    subscription_id: string
    order_id: string
    customer_id: string
    provider_id: string
    hostname?: string | null
    location?: string | null
    os?: string | null
  }) {
    const [existing] = await this.listServices({ subscription_id: input.subscription_id })
    if (existing) {
      return { service: existing, created: false }
    }
    try {
      return { service: await this.createServices({ ...input, status: "provisioning" }), created: true }
    } catch (e) {
      const [raced] = await this.listServices({ subscription_id: input.subscription_id })
      if (raced) {
        return { service: raced, created: false }
      }
      throw e
    }
  }

  /**
   * The action for a transition: created the first time its dedupe key is
   * asked for (due at once), the existing one after that, whoever races.
   */
  async requestAction(input: {
    service_id: string
    action: ServiceActionName
    dedupe_key: string
    data?: Record<string, unknown> | null
    asOf: Date
  } & Requester) {
    const [existing] = await this.listServiceActions({ dedupe_key: input.dedupe_key })
    if (existing) {
      return { action: existing, created: false }
    }
    try {
      const action = await this.createServiceActions({
        service_id: input.service_id,
        action: input.action,
        status: "pending",
        attempts: 0,
        next_attempt_at: input.asOf,
        dedupe_key: input.dedupe_key,
        requested_by: input.requested_by,
        requested_by_id: input.requested_by_id ?? null,
        data: input.data ?? null,
      })
      return { action, created: true }
    } catch (e) {
      const [raced] = await this.listServiceActions({ dedupe_key: input.dedupe_key })
      if (raced) {
        return { action: raced, created: false }
      }
      throw e
    }
  }

  /** Whether an action of the service is waiting or running (one at a time for manual actions). */
  async hasActionInFlight(serviceId: string): Promise<boolean> {
    const [busy] = await this.listServiceActions({ service_id: serviceId, status: ["pending", "running"] }, { select: ["id"], take: 1 })
    return !!busy
  }

  /**
   * Starts an attempt: pending and due, running past its deadline (a lost
   * worker or a callback that never came) or — `force`, the admin's Retry —
   * failed. One atomic UPDATE, so of two workers only one gets it; null for
   * the other (or when it is not due).
   */
  @InjectTransactionManager()
  async claimAction(
    id: string,
    asOf: Date,
    { force = false }: { force?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedAction | null> {
    const manager = sharedContext.transactionManager as Manager
    const rows = await manager.execute(
      `WITH prev AS (
         SELECT id, status, attempts, next_attempt_at, started_at, finished_at, error
           FROM service_action WHERE id = ? AND deleted_at IS NULL FOR UPDATE
       )
       UPDATE service_action a
          SET status = 'running', attempts = a.attempts + 1, started_at = ?, finished_at = NULL,
              next_attempt_at = ?, updated_at = now()
         FROM prev
        WHERE a.id = prev.id
          AND ((prev.status = 'pending' AND (prev.next_attempt_at IS NULL OR prev.next_attempt_at <= ?))
            OR (prev.status = 'running' AND prev.next_attempt_at <= ?)
            OR (CAST(? AS boolean) AND prev.status = 'failed'))
       RETURNING a.id, a.service_id, a.action, a.attempts, prev.status AS prev_status, prev.attempts AS prev_attempts,
                 prev.next_attempt_at AS prev_next_attempt_at, prev.started_at AS prev_started_at,
                 prev.finished_at AS prev_finished_at, prev.error AS prev_error`,
      [id, asOf, new Date(asOf.getTime() + this.runningTimeoutMs_), asOf, asOf, force]
    )
    const row = rows[0]
    if (!row) {
      return null
    }
    return {
      id: String(row.id),
      service_id: String(row.service_id),
      action: row.action as ServiceActionName,
      attempts: Number(row.attempts),
      previous: {
        status: String(row.prev_status),
        attempts: Number(row.prev_attempts),
        next_attempt_at: row.prev_next_attempt_at ?? null,
        started_at: row.prev_started_at ?? null,
        finished_at: row.prev_finished_at ?? null,
        error: row.prev_error ?? null,
      },
    }
  }

  /** Puts a claimed action back as it was (the claim's compensation). */
  async releaseClaim(claim: ClaimedAction) {
    await this.updateServiceActions({ id: claim.id, ...claim.previous } as never)
  }

  /**
   * Calls the service's provider for a claimed action. Never throws: a
   * provider's error becomes a failed outcome (its message, trimmed).
   */
  async performAction(actionId: string): Promise<ActionOutcome> {
    const action = await this.retrieveServiceAction(actionId)
    const service = await this.retrieveService(action.service_id)
    try {
      const provider = this.provider(service.provider_id)
      const result = await provider[action.action as ServiceActionName]({
        action_id: action.id,
        action: action.action as ServiceActionName,
        attempt: action.attempts,
        service: providerView(service),
        data: (action.data as Record<string, unknown> | null) ?? {},
        claimIpv4: (ipv4) => this.claimIpv4(service.id, ipv4),
      })
      return result
    } catch (e) {
      return { status: "failed", error: String((e as Error)?.message ?? e).slice(0, 500) || "Provider error" }
    }
  }

  /**
   * Gives `ipv4` to the service unless another live service holds it (the
   * unique index decides, so two services racing for one address can't both
   * get it). True when the service now has it.
   */
  async claimIpv4(serviceId: string, ipv4: string): Promise<boolean> {
    try {
      await this.updateServices({ id: serviceId, ipv4 })
      return true
    } catch (e) {
      if (/unique|duplicate/i.test((e as Error).message)) {
        return false
      }
      throw e
    }
  }

  /**
   * Records what an attempt (or a provider's callback) came to, with the
   * service and the action rows locked: succeeded → the service takes its new
   * state and what the provider reported (the password encrypted); running →
   * waits for the callback until its deadline; failed → retried after a
   * backoff, or given up after the last attempt (a provision failing for good
   * fails the service). A finished action is never changed again, and a
   * callback id is applied once.
   */
  @InjectTransactionManager()
  async recordOutcome(
    actionId: string,
    outcome: ActionOutcome,
    asOf: Date,
    { callbackId }: { callbackId?: string } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedOutcome> {
    const manager = sharedContext.transactionManager as Manager
    const [action] = await manager.execute(`SELECT * FROM service_action WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [actionId])
    if (!action) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Service action with id: ${actionId} was not found`)
    }
    const [service] = await manager.execute(`SELECT * FROM service WHERE id = ? FOR UPDATE`, [action.service_id])
    const data = { ...((action.data as Record<string, unknown> | null) ?? {}) }
    const seen = (data.callback_ids as string[] | undefined) ?? []
    const unchanged: RecordedOutcome = {
      applied: false,
      action_id: action.id,
      service_id: action.service_id,
      status: action.status,
      events: [],
      before: null,
    }
    if (action.status === "succeeded" || (callbackId && seen.includes(callbackId))) {
      return unchanged
    }
    if (!callbackId && action.status !== "running") {
      // an attempt's answer after a callback (or a retry) already settled it
      return unchanged
    }
    const before: RecordedBefore = {
      action: pick(action, ["id", ...ACTION_COLUMNS]),
      service: pick(service, ["id", ...SERVICE_COLUMNS]),
    }
    if (outcome.data) {
      Object.assign(data, outcome.data)
    }
    if (callbackId) {
      data.callback_ids = [...seen, callbackId].slice(-20)
    }

    let result = outcome
    const serviceUpdate: Record<string, unknown> = {}
    if (result.status === "succeeded") {
      const reported = result.service ?? {}
      if (reported.ipv4 && reported.ipv4 !== service.ipv4) {
        const [holder] = await manager.execute(`SELECT id FROM service WHERE ipv4 = ? AND id <> ? AND deleted_at IS NULL`, [reported.ipv4, service.id])
        if (holder) {
          result = { status: "failed", error: `The provider reported ${reported.ipv4}, which another service holds` }
        }
      }
      if (result.status === "succeeded") {
        Object.assign(serviceUpdate, this.reportedColumns(reported), stateAfter(action.action, action.data, asOf))
      }
    }

    const actionUpdate: Record<string, unknown> = { data }
    const events: string[] = []
    if (result.status === "succeeded") {
      Object.assign(actionUpdate, { status: "succeeded", finished_at: asOf, next_attempt_at: null, error: null })
      const event = EVENT_OF[action.action as ServiceActionName]
      if (event) {
        events.push(event)
      }
    } else if (result.status === "running") {
      Object.assign(actionUpdate, { status: "running", next_attempt_at: new Date(asOf.getTime() + this.runningTimeoutMs_) })
    } else {
      const attempts = Number(action.attempts)
      const final = attempts >= this.maxAttempts || action.status === "failed"
      Object.assign(actionUpdate, {
        status: final ? "failed" : "pending",
        error: result.error,
        finished_at: final ? asOf : null,
        next_attempt_at: final ? null : new Date(asOf.getTime() + this.backoffMs(attempts)),
      })
      if (final) {
        if (action.action === "provision") {
          serviceUpdate.status = "failed"
        }
        events.push("service.failed")
      }
    }
    await update(manager, "service_action", action.id, actionUpdate)
    if (Object.keys(serviceUpdate).length) {
      await update(manager, "service", service.id, serviceUpdate)
    }
    return {
      applied: true,
      action_id: action.id,
      service_id: action.service_id,
      status: actionUpdate.status as ServiceActionStatus,
      events,
      before,
    }
  }

  /** Puts the rows back as they were before an outcome was recorded (compensation). */
  async restoreRecorded(before: RecordedBefore) {
    await this.updateServiceActions(before.action as never)
    await this.updateServices(before.service as never)
  }

  /** Verifies a provider's signed callback with that provider; throws UNAUTHORIZED when it doesn't verify. */
  verifyCallback(providerId: string, rawBody: string, headers: Record<string, string | undefined>): ProviderCallback {
    const provider = this.provider(providerId)
    if (!provider.verifyCallback) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The ${providerId} provider takes no callbacks`)
    }
    let callback: ProviderCallback
    try {
      callback = provider.verifyCallback(rawBody, headers)
    } catch (e) {
      throw e instanceof MedusaError && e.type !== MedusaError.Types.UNEXPECTED_STATE
        ? e
        : new MedusaError(MedusaError.Types.UNAUTHORIZED, "The callback's signature does not verify")
    }
    // the password is sealed here, so the workflow that applies the callback never holds it in clear
    const { root_password, ...service } = callback.service ?? {}
    return {
      ...callback,
      service: root_password ? { ...service, root_password_sealed: encryptSecret(this.secretKey_, root_password) } : service,
    }
  }

  /** Ids of actions due at `asOf` (waiting for a retry, or running past their deadline), paged by id. */
  @InjectManager()
  async listDueActionIds(
    asOf: Date,
    { after, limit = 100 }: { after?: string; limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as Manager
    const rows = await manager.execute(
      `SELECT id FROM service_action
        WHERE deleted_at IS NULL AND status IN ('pending', 'running') AND next_attempt_at <= ?
          ${after ? "AND id > ?" : ""}
        ORDER BY id LIMIT ?`,
      after ? [asOf, after, limit] : [asOf, limit]
    )
    return rows.map((r) => String(r.id))
  }

  /** Ids of services whose retention is over at `asOf` and that still run, paged by id. */
  @InjectManager()
  async listDueTerminationIds(
    asOf: Date,
    { after, limit = 100 }: { after?: string; limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as Manager
    const rows = await manager.execute(
      `SELECT id FROM service
        WHERE deleted_at IS NULL AND terminate_after <= ? AND status <> 'terminated'
          ${after ? "AND id > ?" : ""}
        ORDER BY id LIMIT ?`,
      after ? [asOf, after, limit] : [asOf, limit]
    )
    return rows.map((r) => String(r.id))
  }

  /** The columns a provider's report changes (the password encrypted). */
  protected reportedColumns(reported: ProviderServiceUpdate): Record<string, unknown> {
    const columns: Record<string, unknown> = {}
    for (const key of ["ipv4", "ipv6", "hostname", "os", "ssh_key_fingerprint", "external_id"] as const) {
      if (reported[key] !== undefined) {
        columns[key] = reported[key]
      }
    }
    if (reported.root_password) {
      columns.root_password_encrypted = encryptSecret(this.secretKey_, reported.root_password)
    } else if (reported.root_password_sealed) {
      columns.root_password_encrypted = reported.root_password_sealed
    }
    return columns
  }
}

export default ProvisioningModuleService

/** What an action that succeeded does to the service's own state. */
function stateAfter(action: ServiceActionName, data: Record<string, unknown> | null, asOf: Date): Record<string, unknown> {
  switch (action) {
    case "provision":
      return { status: "active", provisioned_at: asOf, suspended_at: null, terminated_at: null, terminate_after: null }
    case "suspend":
      return { status: "suspended", suspended_at: asOf }
    case "unsuspend":
      return { status: "active", suspended_at: null, terminate_after: null }
    case "terminate":
      // the address goes back to the pool
      return { status: "terminated", terminated_at: asOf, ipv4: null, ipv6: null, terminate_after: null }
    case "reinstall":
      return typeof data?.os === "string" ? { os: data.os } : {}
    default:
      return {}
  }
}

export function providerView(service: Record<string, any>): ProviderService {
  return {
    id: service.id,
    subscription_id: service.subscription_id,
    order_id: service.order_id,
    customer_id: service.customer_id,
    status: service.status,
    ipv4: service.ipv4 ?? null,
    ipv6: service.ipv6 ?? null,
    hostname: service.hostname ?? null,
    location: service.location ?? null,
    os: service.os ?? null,
    external_id: service.external_id ?? null,
  }
}

function pick(row: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]))
}

async function update(manager: Manager, table: string, id: string, columns: Record<string, unknown>) {
  const names = Object.keys(columns)
  await manager.execute(
    `UPDATE ${table} SET ${names.map((c) => `"${c}" = ?`).join(", ")}, updated_at = now() WHERE id = ?`,
    [...names.map((c) => jsonParam(columns[c])), id]
  )
}

/** Objects go to jsonb columns as JSON text; everything else as it is. */
function jsonParam(value: unknown) {
  return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value
}
