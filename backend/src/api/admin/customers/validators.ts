import { z } from "@medusajs/framework/zod"

const reason = z.string().trim().min(3, "Give a reason (at least 3 characters)").max(500)

export const AdminCustomerReason = z.object({ reason }).strict()
export type AdminCustomerReasonType = z.infer<typeof AdminCustomerReason>

export const AdminCustomerOptionalReason = z.object({ reason: reason.optional() }).strict()
export type AdminCustomerOptionalReasonType = z.infer<typeof AdminCustomerOptionalReason>

export const AdminCustomerEmpty = z.object({}).strict()

export const AdminCustomerLookupParams = z.object({ shopper_id: z.string().trim().toUpperCase().regex(/^CS-[0-9A-Z]{6}$/, "A shopper id looks like CS-7Q2K9M") })
export type AdminCustomerLookupParamsType = z.infer<typeof AdminCustomerLookupParams>

export const AdminCreateCustomerNote = z
  .object({
    text: z.string().trim().min(1).max(5000),
    pinned: z.boolean().optional(),
    impersonation_session_id: z.string().optional(),
  })
  .strict()
export type AdminCreateCustomerNoteType = z.infer<typeof AdminCreateCustomerNote>

export const AdminUpdateCustomerNote = z
  .object({ text: z.string().trim().min(1).max(5000).optional(), pinned: z.boolean().optional() })
  .strict()
  .refine((b) => b.text !== undefined || b.pinned !== undefined, "Send text or pinned")
export type AdminUpdateCustomerNoteType = z.infer<typeof AdminUpdateCustomerNote>

export const AdminSendCustomerEmail = z
  .object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(20_000) })
  .strict()
export type AdminSendCustomerEmailType = z.infer<typeof AdminSendCustomerEmail>
