import { z } from "@medusajs/framework/zod"

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1))]).transform((v) => (Array.isArray(v) ? v : [v]))

const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

const date = z.coerce.date().refine((d) => !isNaN(d.getTime()), { message: "Expected an ISO date" })

/** created_at[gte]=…&created_at[lte]=… (Medusa's $gte/$lte spelling works too), as the admin orders list takes them. */
const dateRange = z.preprocess(
  (value) =>
    value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.replace(/^\$/, ""), v]))
      : value,
  z.object({ gte: date.optional(), gt: date.optional(), lte: date.optional(), lt: date.optional() }).strict()
)

/** Filters of the orders export: those of Medusa's `GET /admin/orders` list. */
export const AdminExportOrdersParams = z.object({
  id: oneOrMany.optional(),
  q: z.string().trim().max(200).optional(),
  status: z
    .union([z.enum(ORDER_STATUSES), z.array(z.enum(ORDER_STATUSES))])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  region_id: oneOrMany.optional(),
  customer_id: oneOrMany.optional(),
  sales_channel_id: oneOrMany.optional(),
  currency_code: oneOrMany.optional(),
  created_at: dateRange.optional(),
  updated_at: dateRange.optional(),
})
export type AdminExportOrdersParamsType = z.infer<typeof AdminExportOrdersParams>
