import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { impersonationService } from "./service"

export type EndImpersonationSessionInput = {
  id: string
  as_of: Date
  ended_by: "admin" | "storefront"
}

type Before = { id: string; status: "active"; ended_at: null; duration_seconds: null; ended_by: null }

const seconds = (from: Date | string, to: Date | string) =>
  Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 1000))

/**
 * Ends an active session at `as_of` (its token stops working at once). A
 * session found past its expiry is recorded as expired at its expiry time.
 */
export const endImpersonationSessionStep = createStep(
  "end-impersonation-session",
  async (input: EndImpersonationSessionInput, { container }) => {
    const service = impersonationService(container)
    const [session] = await service.listImpersonationSessions({ id: input.id })
    if (!session) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Impersonation session with id: ${input.id} was not found`)
    }
    if (session.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This session already ${session.status === "expired" ? "expired" : "ended"}.`)
    }
    const lapsed = new Date(session.expires_at).getTime() <= new Date(input.as_of).getTime()
    const endedAt = lapsed ? new Date(session.expires_at) : new Date(input.as_of)
    const updated = await service.updateImpersonationSessions({
      id: session.id,
      status: lapsed ? "expired" : "ended",
      ended_at: endedAt,
      duration_seconds: seconds(session.started_at, endedAt),
      ended_by: lapsed ? "expiry" : input.ended_by,
    })
    const before: Before = { id: session.id, status: "active", ended_at: null, duration_seconds: null, ended_by: null }
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await impersonationService(container).updateImpersonationSessions(before)
    }
  }
)
