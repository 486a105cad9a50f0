import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetInvoicesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    order_id: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    kind: z.enum(["invoice", "credit_note"]).optional(),
    year: z.coerce.number().int().min(2000).max(2999).optional(),
    // a document number or its start, e.g. INV-2026-0001
    q: z.string().trim().max(50).optional(),
  })
)
export type AdminGetInvoicesParamsType = z.infer<typeof AdminGetInvoicesParams>
