import { z } from "@medusajs/framework/zod"
import { REPORT_INTERVALS, REPORT_NAMES } from "../../../modules/reporting/types"

const DAY = 86_400_000
export const DEFAULT_RANGE_DAYS = 30
/** Longest range a report covers (3 years and a leap day). */
export const MAX_RANGE_DAYS = 3 * 365 + 1

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const isoDate = z
  .string()
  .trim()
  .refine((v) => (DATE_ONLY.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success) && !isNaN(Date.parse(v)), {
    message: "Expected an ISO date (2026-11-01) or date-time (2026-11-01T00:00:00Z)",
  })

type RawRange = { from?: string; to?: string }

/**
 * `from` is inclusive, `to` exclusive; a date-only `to` means the end of that day (so
 * from=2026-11-01&to=2026-11-30 covers all of November). Without `to` the range ends now,
 * without `from` it starts 30 days before its end. Dates without a time are UTC midnights.
 */
export function resolveRange(raw: RawRange, now = new Date()) {
  const to = raw.to ? new Date(DATE_ONLY.test(raw.to) ? Date.parse(raw.to) + DAY : Date.parse(raw.to)) : now
  const from = raw.from ? new Date(Date.parse(raw.from)) : new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY)
  return { from, to }
}

function checkRange(raw: RawRange, ctx: z.RefinementCtx) {
  const { from, to } = resolveRange(raw)
  if (from.getTime() >= to.getTime()) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "from must be before to" })
  } else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) {
    ctx.addIssue({ code: "custom", path: ["to"], message: `The range can span at most ${MAX_RANGE_DAYS} days` })
  }
}

const rangeFields = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  interval: z.enum(REPORT_INTERVALS).default("day"),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "Expected a 3-letter currency code")
    .transform((c) => c.toLowerCase())
    .optional(),
}

const productFields = {
  limit: z.coerce.number().int().min(1).max(100).default(10),
  sort: z.enum(["revenue", "units"]).default("revenue"),
}

function withRange<T extends RawRange>(value: T) {
  return { ...value, ...resolveRange(value) }
}

export const AdminGetAnalyticsParams = z
  .object(rangeFields)
  .superRefine(checkRange)
  .transform(withRange)
export type AdminGetAnalyticsParamsType = z.infer<typeof AdminGetAnalyticsParams>

export const AdminGetAnalyticsProductsParams = z
  .object({ ...rangeFields, ...productFields })
  .superRefine(checkRange)
  .transform(withRange)
export type AdminGetAnalyticsProductsParamsType = z.infer<typeof AdminGetAnalyticsProductsParams>

export const AdminExportAnalyticsParams = z
  .object({ report: z.enum(REPORT_NAMES), ...rangeFields, ...productFields })
  .superRefine(checkRange)
  .transform(withRange)
export type AdminExportAnalyticsParamsType = z.infer<typeof AdminExportAnalyticsParams>
