/** The provider contract (what providers implement and report) lives in src/lib, shared with the provider modules. */
export * from "../../lib/provisioning-provider"

export type ProvisioningModuleOptions = {
  /** 32+ characters; the root passwords' encryption key is derived from it (PROVISIONING_SECRET_KEY) */
  secretKey: string
  /** the provider of products without `metadata.provisioning_provider` */
  defaultProvider?: string
  /** provider calls before an action is given up (failed) */
  maxAttempts?: number
  /** first retry delay; doubles each attempt up to maxBackoffMs */
  baseBackoffMs?: number
  maxBackoffMs?: number
  /** how long a running action may wait (a lost worker, a callback that never came) before it is retried */
  runningTimeoutMs?: number
  /** days a cancelled or expired subscription's service is kept (stopped) before it is terminated */
  retentionDays?: number
  /** root password reveals per customer and window */
  credentialsRateLimit?: { max?: number; windowSeconds?: number }
  providers?: { resolve: string; id: string; options?: Record<string, unknown> }[]
}

/** The registration key of a provider in the module's container. */
export const providerKey = (id: string) => `provisioning_provider_${id}`
export const PROVIDER_IDS_KEY = "provisioning_provider_ids"
