import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetHelpArticlesParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    q: z.string().max(200).optional(),
    category: z.string().max(64).optional(),
  })
)
export type StoreGetHelpArticlesParamsType = z.infer<typeof StoreGetHelpArticlesParams>

export const StoreGetHelpArticleParams = z.object({ fields: z.string().optional() })

export const StoreGetFaqsParams = createFindParams({ limit: 100, offset: 0 }).merge(
  z.object({ category: z.string().max(64).optional() })
)
export type StoreGetFaqsParamsType = z.infer<typeof StoreGetFaqsParams>

export const StoreHelpfulVote = z.object({ helpful: z.boolean() }).strict()
export type StoreHelpfulVoteType = z.infer<typeof StoreHelpfulVote>
