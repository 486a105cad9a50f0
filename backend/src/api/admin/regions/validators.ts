import { z } from "@medusajs/framework/zod"

export const AdminSetRegionRestrictions = z
  .object({
    product_ids: z.array(z.string().min(1)).max(1000),
  })
  .strict()

export type AdminSetRegionRestrictionsType = z.infer<typeof AdminSetRegionRestrictions>
