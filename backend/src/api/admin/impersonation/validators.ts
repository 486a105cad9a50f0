import { z } from "@medusajs/framework/zod"
import { dateRangeFilter } from "../../utils/date-range"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const REASON_MIN = 10

export const AdminCreateImpersonation = z
  .object({
    customer_id: z.string().trim().min(1),
    reason: z
      .string()
      .trim()
      .min(REASON_MIN, `Give a reason of at least ${REASON_MIN} characters (it is kept in the audit log)`)
      .max(500),
  })
  .strict()
export type AdminCreateImpersonationType = z.infer<typeof AdminCreateImpersonation>

export const AdminEndImpersonation = z.object({}).strict()

export const AdminCreateImpersonationNote = z.object({ text: z.string().trim().min(1).max(5000) }).strict()
export type AdminCreateImpersonationNoteType = z.infer<typeof AdminCreateImpersonationNote>

const status = z.enum(["active", "ended", "expired"])

/** `started_at[gte]=…` arrives as `{ gte }`; Medusa's operator map wants `$gte`. */
const dateRange = dateRangeFilter()
  .optional()

export const AdminGetImpersonationsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    // the admin who viewed (admin_id is an alias)
    user_id: z.union([z.string(), z.array(z.string())]).optional(),
    admin_id: z.union([z.string(), z.array(z.string())]).optional(),
    customer_id: z.union([z.string(), z.array(z.string())]).optional(),
    status: z.union([status, z.array(status)]).optional(),
    // the customer's email or name
    q: z.string().trim().min(1).optional(),
    started_at: dateRange,
  })
)
export type AdminGetImpersonationsParamsType = z.infer<typeof AdminGetImpersonationsParams>
