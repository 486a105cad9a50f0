import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createTicketNoteStep } from "../steps"

/** An internal note on a ticket; never shown to the customer, never emailed; `ticket.note_added` last. */
export const addTicketNoteWorkflow = createWorkflow(
  "add-ticket-note",
  (input: { id: string; author_id: string; body: string }) => {
    const note = createTicketNoteStep(input)
    emitEventStep({ eventName: "ticket.note_added", data: transform({ note }, ({ note }) => ({ id: note.id })) })
    return new WorkflowResponse(note)
  }
)
