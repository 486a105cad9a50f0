import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetBlogPostsParams = createFindParams({ limit: 10, offset: 0 }).merge(
  z.object({ tag: z.string().trim().toLowerCase().max(40).optional() })
)
export type StoreGetBlogPostsParamsType = z.infer<typeof StoreGetBlogPostsParams>

export const StoreGetResourcesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({ kind: z.enum(["guide", "download", "link"]).optional() })
)
export type StoreGetResourcesParamsType = z.infer<typeof StoreGetResourcesParams>

export const StoreGetContentPagesParams = createFindParams({ limit: 50, offset: 0 })

export const StoreGetContentEntryParams = z.object({ fields: z.string().optional() })
