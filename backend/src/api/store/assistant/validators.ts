import { z } from "@medusajs/framework/zod"

export const StoreAssistantQuery = z
  .object({
    message: z.string().trim().min(1, "Write a question").max(2000, "A question can be at most 2000 characters"),
    // consecutive bot answers the customer marked unhelpful so far (2 or more => a person takes over)
    unhelpful_count: z.number().int().min(0).max(10).optional(),
  })
  .strict()
export type StoreAssistantQueryType = z.infer<typeof StoreAssistantQuery>
