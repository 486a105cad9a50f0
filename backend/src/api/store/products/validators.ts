import { z } from "@medusajs/framework/zod"

/** GET /store/products/:id/service-options takes no parameters. */
export const StoreGetServiceOptionsParams = z.object({}).strict()
