import { z } from "@medusajs/framework/zod"

const reason = z.string().trim().min(3, "Give a reason (at least 3 characters)").max(500)

export const AdminCustomerReason = z.object({ reason }).strict()
export type AdminCustomerReasonType = z.infer<typeof AdminCustomerReason>

export const AdminCustomerOptionalReason = z.object({ reason: reason.optional() }).strict()
export type AdminCustomerOptionalReasonType = z.infer<typeof AdminCustomerOptionalReason>

export const AdminCustomerEmpty = z.object({}).strict()

export const AdminCustomerLookupParams = z.object({ shopper_id: z.string().trim().toUpperCase().regex(/^CS-[0-9A-Z]{6}$/, "A shopper id looks like CS-7Q2K9M") })
export type AdminCustomerLookupParamsType = z.infer<typeof AdminCustomerLookupParams>
