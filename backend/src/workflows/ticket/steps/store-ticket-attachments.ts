import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkAttachments, deleteAttachments, storeAttachments, type UploadedFile } from "../../../lib/attachments"
import type { TicketAttachment } from "../../../modules/ticket/utils"
import { loadTicket } from "./service"

export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../../../lib/attachments"

export type StoreTicketAttachmentsStepInput = {
  id: string
  /** customer routes pass the customer: someone else's ticket is a 404 (and nothing is stored) */
  customer_id?: string
  /** file content base64-encoded, as Medusa's own upload workflow takes it */
  files: UploadedFile[]
}

/**
 * Checks every file by its bytes (allow-list, size) before storing any, then
 * stores them privately through the File module under generated names
 * (src/lib/attachments.ts, shared with chat attachments).
 * One refused file refuses the whole upload. Compensation deletes the files.
 */
export const storeTicketAttachmentsStep = createStep(
  "store-ticket-attachments",
  async (input: StoreTicketAttachmentsStepInput, { container }) => {
    const ticket = await loadTicket(container, input.id, input.customer_id)
    const attachments: TicketAttachment[] = await storeAttachments(container, checkAttachments(input.files), `ticket-${ticket.id}`)
    return new StepResponse(attachments, attachments.map((a) => a.file_id))
  },
  async (ids, { container }) => {
    await deleteAttachments(container, ids ?? [])
  }
)
