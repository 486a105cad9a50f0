import { z } from "@medusajs/framework/zod"

/** Body of POST /admin/subscriptions/:id/service/:action (reinstall may name the image). */
export const AdminRunServiceAction = z.object({ os: z.string().min(1).max(100).optional() }).strict()
export type AdminRunServiceActionType = z.infer<typeof AdminRunServiceAction>

export const AdminRetryServiceAction = z.object({}).strict()
