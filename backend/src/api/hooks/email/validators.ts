import { z } from "@medusajs/framework/zod"

/**
 * SendGrid Inbound Parse's form (the default, parsed mode). SendGrid sends
 * fields of its own besides these (dkim, SPF, charsets, spam_score,
 * attachment-info…, more over time): they are dropped before the check, not
 * refused (Medusa makes every body schema strict).
 */
const FIELDS = ["from", "to", "cc", "subject", "text", "html", "headers", "envelope"] as const

const SendgridInboundForm = z.object({
  from: z.string().max(2000).optional(),
  to: z.string().max(20_000).optional(),
  cc: z.string().max(20_000).optional(),
  subject: z.string().max(2000).optional(),
  text: z.string().max(1_000_000).optional(),
  html: z.string().max(2_000_000).optional(),
  // the raw header block: where the Message-ID comes from
  headers: z.string().max(200_000).optional(),
  // JSON: {"to":["…"],"from":"…"}
  envelope: z
    .string()
    .max(20_000)
    .optional()
    .transform((value, ctx) => {
      if (!value) {
        return { to: [] as string[], from: null as string | null }
      }
      try {
        const parsed = JSON.parse(value) as { to?: unknown; from?: unknown }
        return {
          to: Array.isArray(parsed.to) ? parsed.to.map(String) : typeof parsed.to === "string" ? [parsed.to] : [],
          from: typeof parsed.from === "string" ? parsed.from : null,
        }
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "envelope must be JSON" })
        return z.NEVER
      }
    }),
})

export const HooksEmailInbound = z.preprocess(
  (body) =>
    body && typeof body === "object"
      ? Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([k]) => (FIELDS as readonly string[]).includes(k)))
      : body,
  SendgridInboundForm
)
export type HooksEmailInboundType = z.infer<typeof HooksEmailInbound>
