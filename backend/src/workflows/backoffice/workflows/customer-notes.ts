import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCustomerNoteStep, type CreateCustomerNoteInput, deleteCustomerNoteStep, updateCustomerNoteStep } from "../steps"

/** Support writes a note on a customer (also while viewing the store as them); `customer_note.created` last. */
export const createCustomerNoteWorkflow = createWorkflow("create-customer-note", (input: CreateCustomerNoteInput) => {
  const note = createCustomerNoteStep(input)
  emitEventStep({ eventName: "customer_note.created", data: transform({ note }, ({ note }) => ({ id: note.id })) })
  return new WorkflowResponse(note)
})

/** Edits a note's text or pins/unpins it; `customer_note.updated` last. */
export const updateCustomerNoteWorkflow = createWorkflow("update-customer-note", (input: { id: string; text?: string; pinned?: boolean }) => {
  const note = updateCustomerNoteStep(input)
  emitEventStep({ eventName: "customer_note.updated", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(note)
})

/** Removes a note (soft delete: the action log keeps who did it); `customer_note.deleted` last. */
export const deleteCustomerNoteWorkflow = createWorkflow("delete-customer-note", (input: { id: string }) => {
  const note = deleteCustomerNoteStep(input)
  emitEventStep({ eventName: "customer_note.deleted", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(note)
})
