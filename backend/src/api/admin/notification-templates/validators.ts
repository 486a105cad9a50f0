import { z } from "@medusajs/framework/zod"

const SOURCE_MAX = 100_000

/** An admin's version of a template (Handlebars): subject and HTML body for emails, the plain-text body always. */
export const AdminSaveNotificationTemplate = z
  .object({
    subject: z.string().max(500).nullable().optional(),
    html: z.string().max(SOURCE_MAX).nullable().optional(),
    text: z.string().trim().min(1, "Write the plain-text body").max(SOURCE_MAX),
  })
  .strict()
export type AdminSaveNotificationTemplateType = z.infer<typeof AdminSaveNotificationTemplate>

export const AdminRevertNotificationTemplate = z.object({ version: z.number().int().min(1) }).strict()
export type AdminRevertNotificationTemplateType = z.infer<typeof AdminRevertNotificationTemplate>

export const AdminEmptyBody = z.object({}).strict()
