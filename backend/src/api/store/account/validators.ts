import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetNotificationsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ channel: z.enum(["email", "sms"]).optional() })
)
export type StoreGetNotificationsParamsType = z.infer<typeof StoreGetNotificationsParams>
