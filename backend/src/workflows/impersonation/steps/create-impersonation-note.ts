import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { impersonationService } from "./service"

export type CreateImpersonationNoteInput = {
  session_id: string
  author_id: string
  text: string
  at: Date
}

/** Adds the admin's note to a session's timeline (also after it ended). */
export const createImpersonationNoteStep = createStep(
  "create-impersonation-note",
  async (input: CreateImpersonationNoteInput, { container }) => {
    const service = impersonationService(container)
    const [session] = await service.listImpersonationSessions({ id: input.session_id }, { select: ["id", "customer_id"] })
    if (!session) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Impersonation session with id: ${input.session_id} was not found`)
    }
    const note = await service.createImpersonationEvents({
      session_id: session.id,
      kind: "note",
      note: input.text,
      author_id: input.author_id,
      at: input.at,
    })
    return new StepResponse({ note, customer_id: session.customer_id }, note.id)
  },
  async (id, { container }) => {
    if (id) {
      await impersonationService(container).deleteImpersonationEvents(id)
    }
  }
)
