import { ATTACHMENT_HEADERS, proxyCustomerDownload } from "@lib/data/download-proxy"

/**
 * Downloads an attachment of the signed-in customer's ticket: the backend
 * checks ownership and its download headers are passed through (attachment, nosniff).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params
  return proxyCustomerDownload(
    `/store/tickets/${encodeURIComponent(id)}/attachments/${encodeURIComponent(fileId)}`,
    ATTACHMENT_HEADERS
  )
}
