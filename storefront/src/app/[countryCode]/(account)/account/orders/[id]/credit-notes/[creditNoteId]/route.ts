import { DOCUMENT_HEADERS, proxyCustomerDownload } from "@lib/data/download-proxy"

/** Downloads a credit note PDF of the signed-in customer's order (the backend checks ownership; 404 otherwise). */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; creditNoteId: string }> }) {
  const { id, creditNoteId } = await params
  return proxyCustomerDownload(
    `/store/orders/${encodeURIComponent(id)}/credit-notes/${encodeURIComponent(creditNoteId)}`,
    DOCUMENT_HEADERS
  )
}
