import { z } from "@medusajs/framework/zod"

export const StoreGetSupportParams = z
  .object({
    // the moment "open" is answered for (the storefront's clock, a test's date); now when omitted
    as_of: z.string().datetime({ offset: true }).optional(),
  })
  .strict()
export type StoreGetSupportParamsType = z.infer<typeof StoreGetSupportParams>
