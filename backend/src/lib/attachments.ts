import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { ALLOWED_ATTACHMENT_TYPES, cleanFileName, safeDisplayName, sniffAttachment } from "./file-sniff"

/**
 * Attachments of tickets and chats: checked by their bytes (allow-list,
 * size) before any is stored, then stored privately through the File module
 * under generated names. Read back only through routes that check ownership.
 */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export const MAX_ATTACHMENTS = 5

/** An uploaded file, base64-encoded as Medusa's own upload workflow takes it. */
export type UploadedFile = { name: string; content: string }
export type CheckedFile = { name: string; mime: string; ext: string; size: number; content: string }
export type StoredAttachment = { file_id: string; name: string; mime: string; size: number }

/** Every file's real type and size, or a 400 naming the first refused file (then nothing is stored). */
export function checkAttachments(files: UploadedFile[]): CheckedFile[] {
  if (files.length > MAX_ATTACHMENTS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `At most ${MAX_ATTACHMENTS} files can be attached at once`)
  }
  return files.map((file) => {
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
}

/** Stores checked files privately as `<prefix>-<uuid>.<ext>`. */
export async function storeAttachments(container: MedusaContainer, checked: CheckedFile[], prefix: string): Promise<StoredAttachment[]> {
  if (!checked.length) {
    return []
  }
  const stored = await container.resolve(Modules.FILE).createFiles(
    checked.map((f) => ({
      filename: `${prefix}-${randomUUID()}.${f.ext}`,
      mimeType: f.mime,
      content: f.content,
      access: "private" as const,
    }))
  )
  return stored.map((s, i) => ({ file_id: s.id, name: checked[i].name, mime: checked[i].mime, size: checked[i].size }))
}

/** Removes stored files (a step's compensation). */
export async function deleteAttachments(container: MedusaContainer, fileIds: string[]) {
  if (fileIds.length) {
    await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
}
