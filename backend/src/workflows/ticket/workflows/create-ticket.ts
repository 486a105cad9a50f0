import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createTicketStep, type CreateTicketStepInput } from "../steps"

export const TICKET_CREATED_EVENT = "ticket.created"

/** A customer opens a ticket (or an admin opens one on their behalf); ticket.created last. */
export const createTicketWorkflow = createWorkflow("create-ticket", (input: CreateTicketStepInput) => {
  const result = createTicketStep(input)
  emitEventStep({ eventName: TICKET_CREATED_EVENT, data: transform({ result }, ({ result }) => ({ id: result.id })) })
  return new WorkflowResponse(result)
})
