import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadTicket, ticketService } from "./service"

/** An internal note (admins only). Compensation deletes it. */
export const createTicketNoteStep = createStep(
  "create-ticket-note",
  async (input: { id: string; author_id: string; body: string }, { container }) => {
    const ticket = await loadTicket(container, input.id)
    const note = await ticketService(container).createTicketNotes({ ticket_id: ticket.id, author_id: input.author_id, body: input.body })
    return new StepResponse({ id: ticket.id as string, note_id: note.id as string }, note.id as string)
  },
  async (noteId, { container }) => {
    if (noteId) {
      await ticketService(container).deleteTicketNotes(noteId)
    }
  }
)
