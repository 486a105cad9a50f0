import { MedusaService } from "@medusajs/framework/utils"
import Ticket from "./models/ticket"
import TicketMessage from "./models/ticket-message"
import TicketNote from "./models/ticket-note"

class TicketModuleService extends MedusaService({
  Ticket,
  TicketMessage,
  TicketNote,
}) {}

export default TicketModuleService
