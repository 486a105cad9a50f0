import { z } from "@medusajs/framework/zod"
import { isTimeZone, TIME_PATTERN } from "../../../modules/backoffice/support-hours"

const time = z.string().regex(TIME_PATTERN, "Use HH:MM (00:00–24:00)")
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

export const AdminUpdateSupportProfile = z
  .object({
    display_name: z.string().trim().min(1).max(80).nullable().optional(),
    avatar_url: z
      .string()
      .trim()
      .url()
      .max(2000)
      .refine((u) => u.startsWith("https://") || u.startsWith("http://"), "Use an http(s) URL")
      .nullable()
      .optional(),
    timezone: z.string().trim().min(1).max(64).refine(isTimeZone, "Unknown time zone").optional(),
    // weekdays people answer chat, 0 = Sunday … 6 = Saturday; empty: never
    days: z
      .array(z.number().int().min(0).max(6))
      .max(7)
      .refine((d) => new Set(d).size === d.length, "Each day once")
      .optional(),
    opens_at: time.optional(),
    closes_at: time.optional(),
  })
  .strict()
  .refine((b) => !b.opens_at || !b.closes_at || minutes(b.opens_at) < minutes(b.closes_at), {
    message: "Chat must open before it closes",
    path: ["closes_at"],
  })
export type AdminUpdateSupportProfileType = z.infer<typeof AdminUpdateSupportProfile>
