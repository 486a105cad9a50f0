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

/**
 * POST /admin/orders/:id/refunds. `amount` in major units as Medusa's refund
 * route takes it (a number; a decimal string is read the same way).
 */
export const AdminCreateOrderRefund = z
  .object({
    payment_id: z.string().min(1).optional(),
    amount: z.preprocess(
      (v) => (typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v),
      z.number({ error: "amount must be a number" }).finite().positive("amount must be greater than 0")
    ),
    note: z.string().trim().max(500).optional(),
    refund_reason_id: z.string().min(1).optional(),
    subscription_action: z.enum(["none", "cancel", "suspend"]).default("none"),
    /** why the subscriptions are cancelled or suspended (default: the note, else "Refund of order #…") */
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .strict()
export type AdminCreateOrderRefundType = z.infer<typeof AdminCreateOrderRefund>
