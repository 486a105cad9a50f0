import { DOCUMENT_HEADERS, proxyCustomerDownload } from "@lib/data/download-proxy"

/**
 * Downloads the invoice PDF of the signed-in customer's order: the backend
 * checks ownership, issues the invoice if the order has none yet, and names
 * the file after its number (Content-Disposition is passed through).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return proxyCustomerDownload(`/store/orders/${encodeURIComponent(id)}/invoice`, DOCUMENT_HEADERS)
}
