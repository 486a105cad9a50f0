import type { Attachment, Logger, MedusaContainer } from "@medusajs/framework/types"
import { invoicePdf } from "../../invoice/utils/printable"

/** An attachment as a queued message records it: what to attach, not its bytes. */
export type AttachmentRef = { filename: string; content_type?: string; invoice_id?: string }

/**
 * The files of a message, made when it is delivered (an invoice or credit
 * note PDF from its record). A file that can't be made is left out and
 * logged: the message itself still goes out.
 */
export async function loadAttachments(
  container: MedusaContainer,
  detail: { id: string; data?: unknown },
  logger: Logger
): Promise<Attachment[]> {
  const refs = ((detail.data as { attachments?: AttachmentRef[] } | null)?.attachments ?? []).filter(Boolean)
  const files: Attachment[] = []
  for (const ref of refs) {
    try {
      if (!ref.invoice_id) {
        throw new Error("nothing to attach")
      }
      const pdf = await invoicePdf(container, ref.invoice_id)
      files.push({
        filename: ref.filename || pdf.filename,
        content: pdf.content.toString("base64"),
        content_type: ref.content_type ?? "application/pdf",
        disposition: "attachment",
      })
    } catch (e) {
      logger.error(`Notification ${detail.id}: attachment ${ref.filename} could not be made, sending without it: ${(e as Error).message}`)
    }
  }
  return files
}
