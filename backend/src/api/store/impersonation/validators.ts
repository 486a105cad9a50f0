import { z } from "@medusajs/framework/zod"

/** `page`: the storefront page being shown (recorded as a page view in the session's timeline). */
export const StoreGetImpersonationParams = z.object({ page: z.string().max(2000).optional() })
export type StoreGetImpersonationParamsType = z.infer<typeof StoreGetImpersonationParams>

export const StoreEndImpersonation = z.object({}).strict()
