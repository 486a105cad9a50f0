import { z } from "@medusajs/framework/zod"
import { dateRangeFilter } from "../../utils/date-range"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** issued_at[gte]=…&issued_at[lte]=… (Medusa's $gte/$lte spelling works too). */
const dateRange = dateRangeFilter()

export const AdminGetInvoicesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    order_id: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    kind: z.enum(["invoice", "credit_note"]).optional(),
    // invoices by payment state (credit notes have none)
    status: z.enum(["unpaid", "paid", "refunded"]).optional(),
    year: z.coerce.number().int().min(2000).max(2999).optional(),
    // a document number or its start, e.g. INV-2026-0001
    number: z.string().trim().min(1).max(50).optional(),
    // the buyer: Medusa customer id, or (part of) the order's or customer's email
    customer_id: z.string().trim().min(1).max(100).optional(),
    email: z.string().trim().min(1).max(200).optional(),
    issued_at: dateRange.optional(),
    // a number (or its start), the document's or order's id, or the customer's email, name, customer or shopper id
    q: z.string().trim().max(200).optional(),
  })
)
export type AdminGetInvoicesParamsType = z.infer<typeof AdminGetInvoicesParams>
