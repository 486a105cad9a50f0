import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { impersonationService } from "./service"

export type CreateImpersonationSessionInput = {
  user_id: string
  customer_id: string
  reason: string
  started_at: Date
  ip?: string | null
  user_agent?: string | null
}

/** Opens the session; it expires after the module's session length (≤ 30 minutes). */
export const createImpersonationSessionStep = createStep(
  "create-impersonation-session",
  async (input: CreateImpersonationSessionInput, { container }) => {
    const service = impersonationService(container)
    const session = await service.createImpersonationSessions({
      user_id: input.user_id,
      customer_id: input.customer_id,
      reason: input.reason,
      status: "active",
      started_at: new Date(input.started_at),
      expires_at: service.expiryFor(input.started_at),
      ip: input.ip ?? null,
      user_agent: input.user_agent ?? null,
    })
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (id) {
      await impersonationService(container).deleteImpersonationSessions(id)
    }
  }
)
