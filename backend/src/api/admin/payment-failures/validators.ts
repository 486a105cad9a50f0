import { z } from "@medusajs/framework/zod"
import { dateRangeFilter } from "../../utils/date-range"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** occurred_at[gte]=…&occurred_at[lte]=… (Medusa's $gte/$lte spelling works too). */
const dateRange = dateRangeFilter()

export const AdminGetPaymentFailuresParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    customer_id: z.string().trim().min(1).max(100).optional(),
    provider_id: z.string().trim().min(1).max(100).optional(),
    action: z.enum(["failed", "canceled"]).optional(),
    occurred_at: dateRange.optional(),
    // the shopper's email (as typed at checkout), name, customer or shopper id; the failure's, session's or cart's id
    q: z.string().trim().max(200).optional(),
  })
)
export type AdminGetPaymentFailuresParamsType = z.infer<typeof AdminGetPaymentFailuresParams>
