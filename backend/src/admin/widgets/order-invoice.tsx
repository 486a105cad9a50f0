import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import {
  downloadPdf,
  formatAmount,
  formatIssued,
  useOrderInvoices,
  useRefreshOrderInvoices,
  type InvoiceDocument,
} from "../lib/invoices"

const DownloadButton = ({ path, name, onDone }: { path: string; name: string; onDone?: () => void }) => {
  const [busy, setBusy] = useState(false)
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={busy}
      data-testid="invoice-download"
      onClick={async () => {
        setBusy(true)
        try {
          await downloadPdf(path, name)
          onDone?.()
        } catch (e) {
          toast.error(`Could not download ${name}: ${(e as Error).message}`)
        } finally {
          setBusy(false)
        }
      }}
    >
      <ArrowDownTray /> Download
    </Button>
  )
}

/** The order's invoice (number, download) and its credit notes, beside the order. */
const OrderInvoiceWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isLoading, error } = useOrderInvoices(order.id)
  const refresh = useRefreshOrderInvoices(order.id)
  const documents = data?.invoices ?? []
  const invoice = documents.find((d) => d.kind === "invoice")
  const creditNotes = documents
    .filter((d): d is InvoiceDocument => d.kind === "credit_note")
    .sort((a, b) => a.number.localeCompare(b.number))

  return (
    <Container className="divide-y p-0" data-testid="order-invoice-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex min-w-0 flex-col">
          <Heading level="h2">Invoice</Heading>
          {isLoading ? (
            <Skeleton className="mt-1 h-4 w-32" />
          ) : error ? (
            <Text size="small" className="text-ui-fg-error">
              Could not load the invoice: {error.message}
            </Text>
          ) : invoice ? (
            <Text size="small" className="text-ui-fg-subtle" data-testid="invoice-number">
              <span className="text-ui-fg-base font-medium">{invoice.number}</span> ·{" "}
              {formatIssued(invoice.issued_at)} · {formatAmount(invoice.total, invoice.currency_code)}
            </Text>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              Not issued yet: downloading issues it with the next number.
            </Text>
          )}
        </div>
        {!isLoading && !error && (
          <DownloadButton
            path={`/admin/orders/${order.id}/invoice`}
            name={invoice ? `${invoice.number}.pdf` : "invoice.pdf"}
            onDone={invoice ? undefined : refresh}
          />
        )}
      </div>
      {creditNotes.length > 0 && (
        <div className="px-6 py-4">
          <Text size="small" weight="plus" className="mb-2">
            Credit notes
          </Text>
          <ul className="flex flex-col gap-y-2">
            {creditNotes.map((note) => (
              <li
                key={note.id}
                className="flex items-center justify-between gap-x-4"
                data-testid="credit-note"
                data-id={note.id}
              >
                <Text size="small" className="text-ui-fg-subtle min-w-0 truncate">
                  <span className="text-ui-fg-base font-medium">{note.number}</span> ·{" "}
                  {formatIssued(note.issued_at)} · −{formatAmount(note.total, note.currency_code)}
                </Text>
                <DownloadButton path={`/admin/orders/${order.id}/credit-notes/${note.id}`} name={`${note.number}.pdf`} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderInvoiceWidget
