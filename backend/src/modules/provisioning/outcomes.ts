import type { ProviderService, ProviderServiceUpdate, ServiceActionName, ServiceActionStatus } from "./types"

// What an attempt comes to and what it does to the service: the shapes the
// workflows pass around and the state each succeeded action leaves behind.

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
  previous: { status: ServiceActionStatus; attempts: number; next_attempt_at: Date | null; started_at: Date | null; finished_at: Date | null; error: string | null }
}

/** The service event a succeeded action announces. */
export const EVENT_OF: Partial<Record<ServiceActionName, string>> = {
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

/** What an action that succeeded does to the service's own state. */
export function stateAfter(action: ServiceActionName, data: Record<string, unknown> | null, asOf: Date): Record<string, unknown> {
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

/** The action's and the service's columns an outcome can change, as they are now. */
export function snapshotBefore(action: Record<string, unknown>, service: Record<string, unknown>): RecordedBefore {
  return { action: pick(action, ["id", ...ACTION_COLUMNS]), service: pick(service, ["id", ...SERVICE_COLUMNS]) }
}

function pick(row: Record<string, unknown>, keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]))
}
