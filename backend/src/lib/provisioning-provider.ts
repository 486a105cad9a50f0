/**
 * What a provisioning provider is: the contract every provider registered in
 * the provisioning module's options (`providers: [{ resolve, id, options }]`)
 * fulfils, as payment and notification providers fulfil Medusa's. Here, not
 * in the module, so a provider module (provisioning-local,
 * provisioning-webhook) needs nothing from the provisioning module itself.
 */

/** The module providers register with (`ModuleProvider(PROVISIONING_MODULE, …)`). */
export const PROVISIONING_MODULE = "provisioning"

export const SERVICE_ACTIONS = ["provision", "suspend", "unsuspend", "terminate", "reboot", "reinstall"] as const
export type ServiceActionName = (typeof SERVICE_ACTIONS)[number]

export type ServiceStatus = "provisioning" | "active" | "suspended" | "terminated" | "failed"
export type ServiceActionStatus = "pending" | "running" | "succeeded" | "failed"
export type Requester = { requested_by: "system" | "customer" | "admin"; requested_by_id?: string | null }

/** The service as a provider sees it (never its password). */
export type ProviderService = {
  id: string
  subscription_id: string
  order_id: string
  customer_id: string
  status: ServiceStatus
  ipv4: string | null
  ipv6: string | null
  hostname: string | null
  location: string | null
  os: string | null
  external_id: string | null
}

export type ProviderActionInput = {
  /** the service_action id: stable across retries (a webhook's `webhook-id`) */
  action_id: string
  action: ServiceActionName
  /** 1 for the first call, 2 for the first retry… */
  attempt: number
  service: ProviderService
  /**
   * What was chosen for it: provision gets `{ kind, config: { location, os, hostname, ssh_key?, domain? } }`,
   * reinstall `{ os, ssh_key? }`.
   */
  data: Record<string, unknown>
  /**
   * Takes an IPv4 address for this service if nobody holds it (the database's
   * unique index decides); false when it is taken. For providers that allocate
   * addresses from a pool of their own (local).
   */
  claimIpv4: (ipv4: string) => Promise<boolean>
}

/** What the provider reports about the service once an action is done (only what changed). */
export type ProviderServiceUpdate = {
  ipv4?: string | null
  ipv6?: string | null
  hostname?: string | null
  os?: string | null
  /** plain text: the module encrypts it before it is stored */
  root_password?: string | null
  /** already encrypted by the module (a callback's password, sealed before it enters a workflow) */
  root_password_sealed?: string | null
  ssh_key_fingerprint?: string | null
  external_id?: string | null
}

/**
 * succeeded: done now. running: accepted, the result comes later through the
 * provider's callback (`POST /hooks/provisioning/webhook`). A failure is
 * thrown (any Error); its message is recorded on the action and it is retried.
 */
export type ProviderActionResult =
  | { status: "succeeded"; service?: ProviderServiceUpdate; data?: Record<string, unknown> }
  | { status: "running"; data?: Record<string, unknown> }

/** A provider's signed report that an action finished (verified by the provider itself). */
export type ProviderCallback = {
  /** the callback's own id (webhook-id): a replay of it changes nothing */
  id: string
  action_id: string
  status: "succeeded" | "failed"
  error?: string | null
  service?: ProviderServiceUpdate
}

export interface ProvisioningProvider {
  provision(input: ProviderActionInput): Promise<ProviderActionResult>
  suspend(input: ProviderActionInput): Promise<ProviderActionResult>
  unsuspend(input: ProviderActionInput): Promise<ProviderActionResult>
  terminate(input: ProviderActionInput): Promise<ProviderActionResult>
  reboot(input: ProviderActionInput): Promise<ProviderActionResult>
  reinstall(input: ProviderActionInput): Promise<ProviderActionResult>
  /**
   * Providers that answer asynchronously verify their callbacks: the raw body
   * and headers in, the report out; throws when the signature is missing,
   * forged or stale.
   */
  verifyCallback?(rawBody: string, headers: Record<string, string | undefined>): ProviderCallback
}

/** Base class for providers (`static identifier` names the kind, like Medusa's Abstract*ProviderService). */
export abstract class AbstractProvisioningProvider implements ProvisioningProvider {
  static identifier: string
  abstract provision(input: ProviderActionInput): Promise<ProviderActionResult>
  abstract suspend(input: ProviderActionInput): Promise<ProviderActionResult>
  abstract unsuspend(input: ProviderActionInput): Promise<ProviderActionResult>
  abstract terminate(input: ProviderActionInput): Promise<ProviderActionResult>
  abstract reboot(input: ProviderActionInput): Promise<ProviderActionResult>
  abstract reinstall(input: ProviderActionInput): Promise<ProviderActionResult>
}
