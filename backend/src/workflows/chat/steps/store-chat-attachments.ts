import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkAttachments, deleteAttachments, storeAttachments, type UploadedFile } from "../../../lib/attachments"
import type { ChatAttachment } from "../../../modules/chat/constants"
import { loadChat, refuseWhenClosed } from "./service"

export type StoreChatAttachmentsStepInput = { chat_id: string; customer_id?: string; files: UploadedFile[] }

/**
 * Files for a chat message, with the same checks as ticket attachments
 * (src/lib/attachments.ts: bytes on an allow-list, 5 MB, at most 5), stored
 * privately. Someone else's or a closed chat stores nothing. Without files
 * it reads nothing (the message's own write checks the chat). Compensation
 * deletes the files.
 */
export const storeChatAttachmentsStep = createStep(
  "store-chat-attachments",
  async (input: StoreChatAttachmentsStepInput, { container }) => {
    if (!input.files.length) {
      return new StepResponse([] as ChatAttachment[], [] as string[])
    }
    const chat = await loadChat(container, input.chat_id, input.customer_id)
    refuseWhenClosed(chat)
    const stored = await storeAttachments(container, checkAttachments(input.files), `chat-${chat.id}`)
    const attachments: ChatAttachment[] = stored.map((s) => ({ id: s.file_id, filename: s.name, mime_type: s.mime, size: s.size }))
    return new StepResponse(attachments, stored.map((s) => s.file_id))
  },
  async (ids, { container }) => {
    await deleteAttachments(container, ids ?? [])
  }
)
