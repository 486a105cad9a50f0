/** The running service of a subscription (`subscription.service`). */
export type ServiceStatus = "provisioning" | "active" | "suspended" | "terminated" | "failed"
export type ServiceActionName = "provision" | "suspend" | "unsuspend" | "terminate" | "reboot" | "reinstall"
export type ServiceActionStatus = "pending" | "running" | "succeeded" | "failed"

/** A line item's `metadata.service_config`: the options chosen at purchase. */
export type ServiceConfig = {
  location?: string
  os?: string
  hostname?: string
  ssh_key?: string
  domain?: string
}

/** What `GET /store/subscriptions/:id` shows of the service (`api/utils/services.ts`). */
export type StoreService = {
  id: string
  status: ServiceStatus
  ipv4: string | null
  ipv6: string | null
  hostname: string | null
  /** Data center code ("frankfurt-de"). */
  location: string | null
  /** "Frankfurt, DE" */
  location_label: string | null
  /** OS image code ("debian-12"). */
  os: string | null
  /** "Debian 12" */
  os_label: string | null
  /** The root password can be read (`GET /store/subscriptions/:id/credentials`). */
  has_root_password: boolean
  provisioned_at: string | null
  suspended_at: string | null
  terminated_at: string | null
  terminate_after: string | null
}

/** `POST /store/subscriptions/:id/credentials`: the server's root password (null when none is stored). */
export type StoreServiceCredentialsResponse = { root_password: string | null }

/** A subscription's running service (`subscription.service` of GET /admin/subscriptions/:id). */
export type AdminService = StoreService & {
  subscription_id: string
  order_id: string
  customer_id: string
  provider_id: string
  ssh_key_fingerprint: string | null
  external_id: string | null
  created_at: string
  updated_at: string
}

/** One thing asked of the service's provider, with its attempts. */
export type AdminServiceAction = {
  id: string
  action: ServiceActionName
  status: ServiceActionStatus
  attempts: number
  next_attempt_at: string | null
  error: string | null
  requested_by: "system" | "customer" | "admin"
  requested_by_id: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}
