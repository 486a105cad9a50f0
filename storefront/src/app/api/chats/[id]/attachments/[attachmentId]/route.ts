import { ATTACHMENT_HEADERS, proxyCustomerDownload } from "@lib/data/download-proxy"

/**
 * Downloads a file of the signed-in customer's chat (from the chat widget): the backend checks
 * ownership; its download headers are passed through (attachment, nosniff). Anything else is a plain 404.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params
  return proxyCustomerDownload(
    `/store/chats/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`,
    ATTACHMENT_HEADERS
  )
}
