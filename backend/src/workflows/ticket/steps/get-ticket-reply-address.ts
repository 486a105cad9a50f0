import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ticketNumber } from "../../../modules/ticket/utils"
import { ticketService } from "./service"

export type GetTicketReplyAddressStepInput = { display_id: number }

/** The signed Reply-To of a ticket's emails (null when replies by email are off). Reads only. */
export const getTicketReplyAddressStep = createStep(
  "get-ticket-reply-address",
  async (input: GetTicketReplyAddressStepInput, { container }) =>
    new StepResponse(ticketService(container).replyAddress(ticketNumber(input.display_id)))
)
