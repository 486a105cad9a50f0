import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { TICKET_MODULE } from "../../../modules/ticket"
import type TicketModuleService from "../../../modules/ticket/service"

export function ticketService(container: MedusaContainer): TicketModuleService {
  return container.resolve(TICKET_MODULE)
}

/** The ticket (owned by `customerId` when given); anyone else's is a 404. */
export async function loadTicket(container: MedusaContainer, id: string, customerId?: string) {
  const [ticket] = await ticketService(container).listTickets(customerId ? { id, customer_id: customerId } : { id })
  if (!ticket) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  }
  return ticket
}
