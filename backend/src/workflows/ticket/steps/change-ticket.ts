import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { TicketPriority, TicketStatus } from "../../../modules/ticket/utils"
import { loadTicket, ticketService } from "./service"

export type TicketChange =
  | { action: "assign"; assignee_id: string | null }
  | { action: "priority"; priority: TicketPriority }
  | { action: "status"; status: TicketStatus; note?: string }
  | { action: "close" }
  | { action: "rate"; rating: number; comment?: string | null }

export type ChangeTicketStepInput = {
  id: string
  /** customer routes pass the customer: someone else's ticket is a 404 */
  customer_id?: string
  change: TicketChange
  actor: { type: "customer" | "admin"; id: string }
  asOf: Date
}

const FIELDS = ["assignee_id", "priority", "status", "closed_at", "rating", "rating_comment"] as const

const STATUS_LABELS: Record<TicketStatus, string> = {
  open: "open",
  pending: "waiting for your reply",
  on_hold: "on hold",
  resolved: "resolved",
  closed: "closed",
}

/**
 * An admin's or customer's change to a ticket, guarded by its state. A
 * status change also leaves a system line in the thread (its id is what the
 * status email is keyed on). Compensation restores the fields and removes
 * that line.
 */
export const changeTicketStep = createStep(
  "change-ticket",
  async (input: ChangeTicketStepInput, { container }) => {
    const ticket = await loadTicket(container, input.id, input.customer_id)
    const before = { id: ticket.id, ...Object.fromEntries(FIELDS.map((f) => [f, ticket[f]])) }
    const refuse = (message: string) => {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
    }
    const asOf = new Date(input.asOf)
    const change = input.change
    let update: Record<string, unknown> = {}
    let status: TicketStatus | null = null
    switch (change.action) {
      case "assign":
        if (change.assignee_id) {
          const [user] = await container.resolve(Modules.USER).listUsers({ id: change.assignee_id }, { select: ["id"] })
          if (!user) {
            throw new MedusaError(MedusaError.Types.INVALID_DATA, `User with id: ${change.assignee_id} was not found`)
          }
        }
        update = { assignee_id: change.assignee_id }
        break
      case "priority":
        update = { priority: change.priority }
        break
      case "status":
        if (ticket.status === change.status) refuse(`The ticket is already ${change.status}`)
        status = change.status
        break
      case "close":
        if (ticket.status === "closed") refuse("The ticket is already closed")
        status = "closed"
        break
      case "rate":
        if (ticket.status !== "resolved" && ticket.status !== "closed") refuse("Only a resolved or closed ticket can be rated")
        update = { rating: change.rating, rating_comment: change.comment ?? null }
        break
    }
    if (status) {
      update = { status, closed_at: status === "closed" ? asOf : null }
    }
    const tickets = ticketService(container)
    await tickets.updateTickets({ id: ticket.id, ...update })
    let messageId: string | null = null
    if (status) {
      const by = input.actor.type === "customer" ? "by you" : "by our team"
      const note = change.action === "status" && change.note ? `\n\n${change.note}` : ""
      const message = await tickets.createTicketMessages({
        ticket_id: ticket.id,
        author_type: "system",
        author_id: input.actor.id,
        body: `Ticket marked ${STATUS_LABELS[status]} ${by}.${note}`,
        attachments: [],
      })
      messageId = message.id as string
    }
    return new StepResponse(
      { id: ticket.id as string, status_changed: !!status, message_id: messageId },
      { before, message_id: messageId }
    )
  },
  async (prior, { container }) => {
    if (prior) {
      const tickets = ticketService(container)
      await tickets.updateTickets(prior.before)
      if (prior.message_id) {
        await tickets.deleteTicketMessages(prior.message_id)
      }
    }
  }
)
