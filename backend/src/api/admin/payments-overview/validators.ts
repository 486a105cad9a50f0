import { z } from "@medusajs/framework/zod"
import { dateRangeFilter } from "../../utils/date-range"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** created_at[gte]=…&created_at[lte]=… (Medusa's $gte/$lte spelling works too). */
const dateRange = dateRangeFilter()

export const AdminGetPaymentsOverviewParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    provider_id: z.string().trim().min(1).max(100).optional(),
    customer_id: z.string().trim().min(1).max(100).optional(),
    created_at: dateRange.optional(),
    // the customer's email, name, customer or shopper id; the payment's or order's id, or the order number
    q: z.string().trim().max(200).optional(),
  })
)
export type AdminGetPaymentsOverviewParamsType = z.infer<typeof AdminGetPaymentsOverviewParams>
