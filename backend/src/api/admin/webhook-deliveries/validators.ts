import { z } from "@medusajs/framework/zod"

export const AdminRetryWebhookDelivery = z.object({}).strict()

export const AdminGetWebhookDeliveryParams = z.object({ fields: z.string().optional() })
