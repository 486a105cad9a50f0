import { z } from "@medusajs/framework/zod"
import { dateRangeFilter } from "../../utils/date-range"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const NOTIFICATION_STATUSES = ["queued", "sending", "sent", "delivered", "failed", "bounced"] as const

export const AdminGetNotificationLogsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    channel: z.enum(["email", "sms"]).optional(),
    status: z.union([z.enum(NOTIFICATION_STATUSES), z.array(z.enum(NOTIFICATION_STATUSES))]).optional(),
    template: z.string().optional(),
    provider: z.string().optional(),
    customer_id: z.string().optional(),
    shopper_id: z.string().optional(),
    to: z.string().optional(),
    resend_of_id: z.string().optional(),
    q: z.string().max(200).optional(),
    // emails the weekly cleanup archived: hidden unless asked for ("true" only them, "all" with the rest)
    archived: z.enum(["true", "false", "all"]).optional(),
    // date range: created_at[gte]=…&created_at[lte]=… (Medusa's $gte/$lte spelling works too)
    created_at: dateRangeFilter()
      .optional(),
  })
)
export type AdminGetNotificationLogsParamsType = z.infer<typeof AdminGetNotificationLogsParams>

export const AdminGetNotificationLogParams = z.object({ fields: z.string().optional() })

export const AdminSendCustomEmail = z
  .object({
    customer_id: z.string().min(1),
    subject: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(20_000),
  })
  .strict()
export type AdminSendCustomEmailType = z.infer<typeof AdminSendCustomEmail>

export const AdminSendCustomSms = z
  .object({
    customer_id: z.string().min(1),
    body: z.string().trim().min(1).max(480),
  })
  .strict()
export type AdminSendCustomSmsType = z.infer<typeof AdminSendCustomSms>
