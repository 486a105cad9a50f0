import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAdminActionStep } from "../../backoffice"
import { createImpersonationNoteStep, type CreateImpersonationNoteInput } from "../steps"

/** The admin writes down what they saw; the note joins the session's timeline and the action log. */
export const addImpersonationNoteWorkflow = createWorkflow(
  "add-impersonation-note",
  (input: CreateImpersonationNoteInput & { ip?: string | null }) => {
    const created = createImpersonationNoteStep(
      transform({ input }, ({ input }) => ({ session_id: input.session_id, author_id: input.author_id, text: input.text, at: input.at }))
    )
    recordAdminActionStep(
      transform({ input, created }, ({ input, created }) => ({
        actor_type: "user" as const,
        actor_id: input.author_id,
        action: "customer.impersonation_note_added",
        resource_type: "impersonation_session",
        resource_id: input.session_id,
        customer_id: created.customer_id,
        data: { note_id: created.note.id },
        ip: input.ip ?? null,
      }))
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created.note))
  }
)
