import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTicketNoteStep } from "../steps"

/** An internal note on a ticket; never shown to the customer, never emailed. */
export const addTicketNoteWorkflow = createWorkflow(
  "add-ticket-note",
  (input: { id: string; author_id: string; body: string }) => new WorkflowResponse(createTicketNoteStep(input))
)
