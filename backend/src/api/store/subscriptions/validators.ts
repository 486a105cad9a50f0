import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetSubscriptionsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ status: z.enum(["pending_payment", "active", "suspended", "cancelled", "expired"]).optional() })
)
export type StoreGetSubscriptionsParamsType = z.infer<typeof StoreGetSubscriptionsParams>

export const StoreSetAutoRenew = z.object({ enabled: z.boolean() }).strict()
export type StoreSetAutoRenewType = z.infer<typeof StoreSetAutoRenew>

export const StoreCancelSubscription = z.object({ reason: z.string().max(500).optional() }).strict()
export type StoreCancelSubscriptionType = z.infer<typeof StoreCancelSubscription>

export const StoreRenewSubscription = z.object({}).strict()

export const StoreChangePlan = z.object({ variant_id: z.string().min(1).max(100) }).strict()
export type StoreChangePlanType = z.infer<typeof StoreChangePlan>

export const StoreRevealServiceCredentials = z.object({ password: z.string().min(1).max(1000) }).strict()
export type StoreRevealServiceCredentialsType = z.infer<typeof StoreRevealServiceCredentials>

export const StoreRebootService = z.object({}).strict()

export const StoreReinstallService = z.object({ os: z.string().min(1).max(100) }).strict()
export type StoreReinstallServiceType = z.infer<typeof StoreReinstallService>
