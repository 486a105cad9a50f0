import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { ALLOWED_ATTACHMENT_TYPES, cleanFileName, safeDisplayName, sniffAttachment } from "../../../lib/file-sniff"
import type { TicketAttachment } from "../../../modules/ticket/utils"
import { loadTicket } from "./service"

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export const MAX_ATTACHMENTS = 5

export type StoreTicketAttachmentsStepInput = {
  id: string
  /** customer routes pass the customer: someone else's ticket is a 404 (and nothing is stored) */
  customer_id?: string
  /** file content base64-encoded, as Medusa's own upload workflow takes it */
  files: { name: string; content: string }[]
}

/**
 * Checks every file by its bytes (allow-list, size) before storing any, then
 * stores them privately through the File module under generated names.
 * One refused file refuses the whole upload. Compensation deletes the files.
 */
export const storeTicketAttachmentsStep = createStep(
  "store-ticket-attachments",
  async (input: StoreTicketAttachmentsStepInput, { container }) => {
    const ticket = await loadTicket(container, input.id, input.customer_id)
    if (!input.files.length) {
      return new StepResponse([] as TicketAttachment[], [] as string[])
    }
    if (input.files.length > MAX_ATTACHMENTS) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `At most ${MAX_ATTACHMENTS} files can be attached at once`)
    }
    const checked = input.files.map((file) => {
      const buf = Buffer.from(file.content, "base64")
      if (buf.length > MAX_ATTACHMENT_BYTES) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${cleanFileName(file.name)}" is larger than 5 MB`)
      }
      const type = sniffAttachment(buf)
      if (!type) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `"${cleanFileName(file.name)}" can't be attached: only ${ALLOWED_ATTACHMENT_TYPES} files are accepted`
        )
      }
      return { ...type, size: buf.length, name: safeDisplayName(file.name, type.ext), content: file.content }
    })
    const files = container.resolve(Modules.FILE)
    const stored = await files.createFiles(
      checked.map((f) => ({
        filename: `ticket-${ticket.id}-${randomUUID()}.${f.ext}`,
        mimeType: f.mime,
        content: f.content,
        access: "private" as const,
      }))
    )
    const attachments: TicketAttachment[] = stored.map((s, i) => ({
      file_id: s.id,
      name: checked[i].name,
      mime: checked[i].mime,
      size: checked[i].size,
    }))
    return new StepResponse(attachments, stored.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.FILE).deleteFiles(ids)
    }
  }
)
