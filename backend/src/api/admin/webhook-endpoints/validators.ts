import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { isEventSelector } from "../../../modules/webhooks/events"

const booleanParam = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())

// the scheme here; private / loopback addresses (literal or resolved) are refused by the workflow
const url = z
  .string()
  .trim()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/i, "url must be an http:// or https:// URL")

const events = z
  .array(
    z
      .string()
      .trim()
      .refine(isEventSelector, {
        message: 'unknown event: use "*", an event name such as "order.placed", or a family such as "subscription.*"',
      })
  )
  .min(1)
  .max(50)
  .transform((list) => [...new Set(list)])

const description = z.string().trim().max(500).nullable()

export const AdminCreateWebhookEndpoint = z
  .object({ url, events, description: description.optional() })
  .strict()
export type AdminCreateWebhookEndpointType = z.infer<typeof AdminCreateWebhookEndpoint>

export const AdminUpdateWebhookEndpoint = z
  .object({ url, events, description, enabled: z.boolean() })
  .partial()
  .strict()
export type AdminUpdateWebhookEndpointType = z.infer<typeof AdminUpdateWebhookEndpoint>

export const AdminGetWebhookEndpointsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ enabled: booleanParam.optional() })
)

export const AdminGetWebhookEndpointParams = z.object({ fields: z.string().optional() })

export const AdminGetWebhookDeliveriesParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    status: z.enum(["pending", "succeeded", "failed"]).optional(),
    event_type: z.string().max(100).optional(),
  })
)
