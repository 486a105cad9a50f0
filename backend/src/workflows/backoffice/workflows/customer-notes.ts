import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerNoteStep, type CreateCustomerNoteInput, deleteCustomerNoteStep, updateCustomerNoteStep } from "../steps"

/** Support writes a note on a customer (also while viewing the store as them). */
export const createCustomerNoteWorkflow = createWorkflow("create-customer-note", (input: CreateCustomerNoteInput) => {
  return new WorkflowResponse(createCustomerNoteStep(input))
})

/** Edits a note's text or pins/unpins it. */
export const updateCustomerNoteWorkflow = createWorkflow("update-customer-note", (input: { id: string; text?: string; pinned?: boolean }) => {
  return new WorkflowResponse(updateCustomerNoteStep(input))
})

/** Removes a note (soft delete: the action log keeps who did it). */
export const deleteCustomerNoteWorkflow = createWorkflow("delete-customer-note", (input: { id: string }) => {
  return new WorkflowResponse(deleteCustomerNoteStep(input))
})
