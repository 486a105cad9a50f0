import { z } from "@medusajs/framework/zod"
import { dateRangeFilter } from "../../utils/date-range"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetActionLogsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    actor_id: z.string().optional(),
    actor_type: z.enum(["user", "system"]).optional(),
    customer_id: z.string().optional(),
    action: z.union([z.string(), z.array(z.string())]).optional(),
    resource_type: z.string().optional(),
    resource_id: z.string().optional(),
    // date range: created_at[gte]=…&created_at[lte]=…
    created_at: dateRangeFilter()
      .optional(),
  })
)
export type AdminGetActionLogsParamsType = z.infer<typeof AdminGetActionLogsParams>
