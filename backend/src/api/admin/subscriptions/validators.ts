import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetSubscriptionsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: z.union([
      z.enum(["pending_payment", "active", "suspended", "cancelled", "expired"]),
      z.array(z.enum(["pending_payment", "active", "suspended", "cancelled", "expired"])),
    ]).optional(),
    customer_id: z.string().optional(),
    // subscriptions an order bought or renewed
    order_id: z.string().optional(),
    product_id: z.string().optional(),
    region_id: z.string().optional(),
    auto_renew: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
    expiring_within_days: z.coerce.number().int().min(0).max(3650).optional(),
    // the customer's email, name, customer id or shopper id, or the subscription's number (SUB-10042) or id
    q: z.string().trim().max(200).optional(),
  })
)
export type AdminGetSubscriptionsParamsType = z.infer<typeof AdminGetSubscriptionsParams>

export const AdminGetExpiringParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({ days: z.coerce.number().int().min(1).max(365).default(7) })
)
export type AdminGetExpiringParamsType = z.infer<typeof AdminGetExpiringParams>

export const AdminSuspendSubscription = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
export type AdminSuspendSubscriptionType = z.infer<typeof AdminSuspendSubscription>

export const AdminUnsuspendSubscription = z.object({ note: z.string().max(500).optional() }).strict()
export type AdminUnsuspendSubscriptionType = z.infer<typeof AdminUnsuspendSubscription>

export const AdminExtendSubscription = z
  .object({
    days: z.number().int().min(1).max(3650).optional(),
    until: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
    note: z.string().max(500).optional(),
  })
  .strict()
  .refine((b) => (b.days === undefined) !== (b.until === undefined), { message: "Give either days or until" })
export type AdminExtendSubscriptionType = z.infer<typeof AdminExtendSubscription>

export const AdminCancelSubscription = z
  .object({
    // now: cancelled at once (the service stops); period_end: runs until it expires, then ends
    at: z.enum(["now", "period_end"]),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
export type AdminCancelSubscriptionType = z.infer<typeof AdminCancelSubscription>

export const AdminRunLifecycle = z.object({ as_of: z.string().datetime({ offset: true }).or(z.string().date()) }).strict()
export type AdminRunLifecycleType = z.infer<typeof AdminRunLifecycle>

export const AdminChangePlan = z
  .object({ variant_id: z.string().min(1).max(100), when: z.enum(["now", "next_renewal"]), note: z.string().max(500).optional() })
  .strict()
export type AdminChangePlanType = z.infer<typeof AdminChangePlan>
