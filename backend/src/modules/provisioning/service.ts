import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import Service from "./models/service"
import ServiceAction from "./models/service-action"
import type {
  ProviderCallback,
  ProviderServiceUpdate,
  ProvisioningProvider,
  Requester,
  ServiceActionName,
  ServiceActionStatus,
} from "../../lib/provisioning-provider"
import { backoffMs, decryptSecret, encryptSecret } from "../../lib/provisioning-utils"
import { PROVIDER_IDS_KEY, providerKey, type ProvisioningModuleOptions } from "./types"
import {
  EVENT_OF,
  providerView,
  snapshotBefore,
  stateAfter,
  type ActionOutcome,
  type ClaimedAction,
  type RecordedBefore,
  type RecordedOutcome,
} from "./outcomes"
import { claimActionRow, dueActionIds, dueTerminationIds, ipv4HeldElsewhere, lockActionAndService, update, type Manager } from "./sql"

export type { ActionOutcome, ClaimedAction, RecordedBefore, RecordedOutcome } from "./outcomes"
export { providerView } from "./outcomes"

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
    return claimActionRow(manager, id, asOf, new Date(asOf.getTime() + this.runningTimeoutMs_), force)
  }

  /** Puts a claimed action back as it was (the claim's compensation). */
  async releaseClaim(claim: ClaimedAction) {
    await this.updateServiceActions({ id: claim.id, ...claim.previous })
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
    const { action, service } = await lockActionAndService(manager, actionId)
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
    const before = snapshotBefore(action, service)
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
        if (await ipv4HeldElsewhere(manager, reported.ipv4, service.id)) {
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
    // the snapshot holds the rows' raw SQL columns (snapshotBefore), not the generated update's DTO types
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
    return dueActionIds(manager, asOf, { after, limit })
  }

  /** Ids of services whose retention is over at `asOf` and that still run, paged by id. */
  @InjectManager()
  async listDueTerminationIds(
    asOf: Date,
    { after, limit = 100 }: { after?: string; limit?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const manager = sharedContext.manager as Manager
    return dueTerminationIds(manager, asOf, { after, limit })
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
