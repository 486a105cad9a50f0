import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BACKOFFICE_MODULE } from "../../../modules/backoffice"
import type BackofficeModuleService from "../../../modules/backoffice/service"

const service = (container: { resolve: (k: string) => unknown }) => container.resolve(BACKOFFICE_MODULE) as BackofficeModuleService

export type CreateCustomerNoteInput = {
  customer_id: string
  author_id: string
  text: string
  pinned?: boolean
  impersonation_session_id?: string | null
}

export const createCustomerNoteStep = createStep(
  "create-customer-note",
  async (input: CreateCustomerNoteInput, { container }) => {
    const note = await service(container).createCustomerNotes({ ...input, pinned: input.pinned ?? false })
    return new StepResponse(note, note.id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).deleteCustomerNotes(id)
    }
  }
)

export const updateCustomerNoteStep = createStep(
  "update-customer-note",
  async (input: { id: string; text?: string; pinned?: boolean }, { container }) => {
    const [before] = await service(container).listCustomerNotes({ id: input.id })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Note with id: ${input.id} was not found`)
    }
    const note = await service(container).updateCustomerNotes(input)
    return new StepResponse(note, { id: before.id, text: before.text, pinned: before.pinned })
  },
  async (before, { container }) => {
    if (before) {
      await service(container).updateCustomerNotes(before)
    }
  }
)

export const deleteCustomerNoteStep = createStep(
  "delete-customer-note",
  async (input: { id: string }, { container }) => {
    const [note] = await service(container).listCustomerNotes({ id: input.id })
    if (!note) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Note with id: ${input.id} was not found`)
    }
    await service(container).softDeleteCustomerNotes(input.id)
    return new StepResponse(note, input.id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).restoreCustomerNotes(id)
    }
  }
)
