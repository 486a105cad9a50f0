import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { impersonationService } from "./service"

export type ExpireImpersonationSessionsInput = {
  as_of: Date
  /** only these sessions (the store guard found them lapsed); all lapsed ones otherwise */
  ids?: string[]
}

const PAGE = 500

/**
 * Active sessions past their expiry become `expired`, ended at their expiry
 * time. Their tokens already stopped working; this keeps the log truthful.
 */
export const expireImpersonationSessionsStep = createStep(
  "expire-impersonation-sessions",
  async (input: ExpireImpersonationSessionsInput, { container }) => {
    const service = impersonationService(container)
    const expired: string[] = []
    for (;;) {
      const lapsed = await service.listImpersonationSessions(
        {
          status: "active",
          expires_at: { $lte: new Date(input.as_of) },
          ...(input.ids ? { id: input.ids } : {}),
        },
        { select: ["id", "started_at", "expires_at"], take: PAGE, order: { expires_at: "ASC" } }
      )
      if (!lapsed.length) {
        break
      }
      await service.updateImpersonationSessions(
        lapsed.map((session) => ({
          id: session.id,
          status: "expired" as const,
          ended_at: new Date(session.expires_at),
          duration_seconds: Math.max(
            0,
            Math.round((new Date(session.expires_at).getTime() - new Date(session.started_at).getTime()) / 1000)
          ),
          ended_by: "expiry" as const,
        }))
      )
      expired.push(...lapsed.map((s) => s.id))
      if (lapsed.length < PAGE) {
        break
      }
    }
    return new StepResponse(expired, expired)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await impersonationService(container).updateImpersonationSessions(
        ids.map((id) => ({ id, status: "active" as const, ended_at: null, duration_seconds: null, ended_by: null }))
      )
    }
  }
)
