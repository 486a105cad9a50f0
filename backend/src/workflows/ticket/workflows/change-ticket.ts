import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { changeTicketStep, type ChangeTicketStepInput } from "../steps"

export const TICKET_STATUS_CHANGED_EVENT = "ticket.status_changed"

/** assign / priority / status (admin), close and rate (customer); ticket.status_changed last when the status moved. */
export const changeTicketWorkflow = createWorkflow("change-ticket", (input: ChangeTicketStepInput) => {
  const result = changeTicketStep(input)
  when("ticket-status-changed", { result }, ({ result }) => result.status_changed).then(() => {
    emitEventStep({
      eventName: TICKET_STATUS_CHANGED_EVENT,
      data: transform({ result }, ({ result }) => ({ id: result.id, message_id: result.message_id })),
    })
  })
  return new WorkflowResponse(result)
})
