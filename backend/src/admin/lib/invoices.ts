import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { AdminInvoiceListResponse as InvoiceList } from "../../types/http"
export type { InvoiceDocument } from "../../types/http"

export const invoiceKeys = { order: (orderId: string) => ["invoices", "order", orderId] as const }

/** The invoice and credit notes of an order. */
export const useOrderInvoices = (orderId: string) =>
  useQuery({
    queryKey: invoiceKeys.order(orderId),
    queryFn: () =>
      sdk.client.fetch<InvoiceList>("/admin/invoices", {
        query: { order_id: orderId, limit: 100, order: "issued_at" },
      }),
  })

export const INVOICES_PAGE_SIZE = 20

export type InvoiceFilters = {
  q?: string
  number?: string
  customer_id?: string
  email?: string
  kind?: string
  status?: string
  issued_from?: string
  issued_to?: string
  limit: number
  offset: number
}

const LIST_FIELDS = [
  "id",
  "order_id",
  "kind",
  "status",
  "number",
  "invoice_id",
  "refund_id",
  "currency_code",
  "subtotal",
  "tax_total",
  "total",
  "issued_at",
  "order.id",
  "order.display_id",
  "order.email",
  "order.customer_id",
].join(",")

/** Invoices and credit notes, newest first, by number, customer, email, kind, payment status, issue dates or a search. */
export const useInvoices = ({ issued_from, issued_to, ...filters }: InvoiceFilters) =>
  useQuery({
    queryKey: ["invoices", "list", filters, issued_from, issued_to],
    queryFn: () =>
      sdk.client.fetch<InvoiceList>("/admin/invoices", {
        query: {
          ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== "" && v !== undefined)),
          ...(issued_from || issued_to
            ? {
                issued_at: {
                  ...(issued_from ? { gte: new Date(`${issued_from}T00:00:00`).toISOString() } : {}),
                  ...(issued_to ? { lte: new Date(`${issued_to}T23:59:59.999`).toISOString() } : {}),
                },
              }
            : {}),
          fields: LIST_FIELDS,
        },
      }),
    placeholderData: keepPreviousData,
  })

export const useRefreshOrderInvoices = (orderId: string) => {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: invoiceKeys.order(orderId) })
}

export const formatAmount = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))

export const formatIssued = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })

/**
 * Downloads a PDF through an admin route (session cookie) and saves it under
 * the name the server gives it (Content-Disposition), e.g. INV-2026-000123.pdf.
 */
export async function downloadPdf(path: string, fallbackName: string): Promise<string> {
  const base = (sdk.client as unknown as { config?: { baseUrl?: string } }).config?.baseUrl ?? "/"
  const res = await fetch(new URL(path, new URL(base, window.location.origin)).toString(), { credentials: "include" })
  if (!res.ok) {
    throw new Error(`${res.status} ${res.statusText}`)
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement("a")
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return name
}
