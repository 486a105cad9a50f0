import path from "node:path"
import PDFDocument from "pdfkit"
import type { DocumentBuyer, DocumentLine, DocumentSeller } from "./types"

/**
 * Everything printed on an invoice or a credit note. The document's own
 * fields come from the invoice record as issued; `payment` and
 * `credit_notes` are read when the PDF is made, so the paid status is current.
 */
export type PrintableDocument = {
  kind: "invoice" | "credit_note"
  number: string
  issued_at: Date | string
  currency_code: string
  locale: string
  subtotal: number
  tax_total: number
  total: number
  lines: DocumentLine[]
  seller: DocumentSeller
  buyer: DocumentBuyer
  /** credit notes: the invoice they correct */
  invoice_number?: string | null
  payment: {
    /** invoices: printed large beside the buyer (PAID, UNPAID, REFUNDED) */
    state?: "paid" | "unpaid" | "refunded"
    status: string
    method: string | null
    /** unpaid invoices: the date the payment is due */
    due_at?: Date | string | null
    /** unpaid bank-transfer invoices: how to pay */
    instructions?: string | null
  }
  /** invoices: credit notes issued against them so far */
  credit_notes?: { number: string; total: number; issued_at: Date | string }[]
}

// DejaVu Sans covers €, £, ₹ and the narrow no-break spaces Intl puts in amounts;
// PDF's built-in Helvetica has no ₹ and would print garbage for it
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")
const REGULAR = path.join(FONT_DIR, "DejaVuSans.ttf")
const BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf")

const INK = "#0f172a"
const MUTED = "#64748b"
const RULE = "#cbd5e1"
const STAMP_COLORS = { paid: "#15803d", unpaid: "#b91c1c", refunded: MUTED } as const

/** An amount as the document's locale writes it in its currency: "1.234,56 €", "₹1,234.00". */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** A date as the document's locale writes it: "12. Dezember 2026", "12 December 2026". */
export function formatDate(value: Date | string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value))
}

function countryName(code?: string | null): string | null {
  if (!code) {
    return null
  }
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

/** The document as an A4 PDF. */
export async function renderInvoicePdf(doc: PrintableDocument): Promise<Buffer> {
  const title = doc.kind === "invoice" ? "Invoice" : "Credit note"
  const pdf = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: `${title} ${doc.number}`, Author: doc.seller.name, Subject: `${title} ${doc.number}` },
  })
  const chunks: Buffer[] = []
  pdf.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)))
    pdf.on("error", reject)
  })
  pdf.registerFont("regular", REGULAR)
  pdf.registerFont("bold", BOLD)

  const money = (n: number) => formatMoney(n, doc.currency_code, doc.locale)
  const left = pdf.page.margins.left
  const right = pdf.page.width - pdf.page.margins.right
  const width = right - left

  // seller (left) and document title (right)
  pdf.font("bold").fontSize(18).fillColor(INK).text(doc.seller.name, left, 50, { width: width / 2 })
  pdf.font("bold").fontSize(20).text(title.toUpperCase(), left + width / 2, 50, { width: width / 2, align: "right" })
  pdf.font("regular").fontSize(9).fillColor(MUTED)
  const sellerLines = [
    doc.seller.address,
    doc.seller.vat_id ? `VAT ID: ${doc.seller.vat_id}` : null,
    doc.seller.email,
  ].filter((l): l is string => !!l)
  pdf.text(sellerLines.join("\n"), left, 76, { width: width / 2 })
  const sellerBottom = pdf.y

  // document facts
  const facts: [string, string][] = [
    [doc.kind === "invoice" ? "Invoice number" : "Credit note number", doc.number],
    ["Date", formatDate(doc.issued_at, doc.locale)],
  ]
  if (doc.buyer.order_display_id) {
    facts.push(["Order", `#${doc.buyer.order_display_id}`])
  }
  if (doc.invoice_number) {
    facts.push(["Credits invoice", doc.invoice_number])
  }
  let y = 80
  for (const [label, value] of facts) {
    pdf.font("regular").fontSize(9).fillColor(MUTED).text(label, left + width / 2, y, { width: width / 4 })
    pdf.font("bold").fontSize(9).fillColor(INK).text(value, left + (3 * width) / 4, y, { width: width / 4, align: "right" })
    y += 14
  }

  // buyer
  y = Math.max(sellerBottom, y) + 24
  pdf.font("bold").fontSize(9).fillColor(MUTED).text("BILL TO", left, y)
  const b = doc.buyer
  const buyerLines = [
    b.name,
    b.company,
    b.address_1,
    b.address_2,
    [b.postal_code, b.city].filter(Boolean).join(" ") || null,
    b.province,
    countryName(b.country_code),
    b.email,
  ].filter((l): l is string => !!l)
  pdf.font("regular").fontSize(10).fillColor(INK).text(buyerLines.join("\n"), left, y + 14, { width: width / 2 })
  const buyerBottom = pdf.y
  // paid or not, where the reader looks first
  if (doc.payment.state) {
    pdf.font("bold").fontSize(22).fillColor(STAMP_COLORS[doc.payment.state])
    pdf.text(doc.payment.state.toUpperCase(), left + width / 2, y, { width: width / 2, align: "right" })
    if (doc.payment.state === "unpaid" && doc.payment.due_at) {
      pdf.font("bold").fontSize(10).fillColor(INK)
      pdf.text(`Payment due: ${formatDate(doc.payment.due_at, doc.locale)}`, left + width / 2, pdf.y + 2, { width: width / 2, align: "right" })
    }
  }
  y = Math.max(buyerBottom, pdf.y) + 24

  // lines
  const cols = [
    { key: "description", label: "Description", x: left, w: 200, align: "left" as const },
    { key: "qty", label: "Qty", x: left + 200, w: 35, align: "right" as const },
    { key: "unit", label: "Unit price", x: left + 235, w: 80, align: "right" as const },
    { key: "tax", label: "Tax", x: left + 315, w: 85, align: "right" as const },
    { key: "total", label: "Amount", x: left + 400, w: width - 400, align: "right" as const },
  ]
  const header = (at: number) => {
    pdf.font("bold").fontSize(9).fillColor(MUTED)
    for (const c of cols) {
      pdf.text(c.label, c.x, at, { width: c.w, align: c.align })
    }
    pdf.moveTo(left, at + 14).lineTo(right, at + 14).strokeColor(RULE).lineWidth(0.8).stroke()
    return at + 22
  }
  y = header(y)
  for (const raw of doc.lines) {
    const line = { ...raw, plan: doc.kind === "invoice" ? planLabel(raw.plan) : raw.plan }
    const planHeight = line.plan ? pdf.font("regular").fontSize(8.5).heightOfString(line.plan, { width: cols[0].w - 8 }) : 0
    const titleHeight = pdf.font("bold").fontSize(10).heightOfString(line.title, { width: cols[0].w - 8 })
    const rowHeight = Math.max(titleHeight + planHeight, 26) + 8
    if (y + rowHeight > pdf.page.height - 200) {
      pdf.addPage()
      y = header(50)
    }
    pdf.font("bold").fontSize(10).fillColor(INK).text(line.title, cols[0].x, y, { width: cols[0].w - 8 })
    if (line.plan) {
      pdf.font("regular").fontSize(8.5).fillColor(MUTED).text(line.plan, cols[0].x, y + titleHeight, { width: cols[0].w - 8 })
    }
    pdf.font("regular").fontSize(10).fillColor(INK)
    pdf.text(String(line.quantity), cols[1].x, y, { width: cols[1].w, align: "right" })
    pdf.text(money(line.unit_price), cols[2].x, y, { width: cols[2].w, align: "right" })
    pdf.text(money(line.tax_total), cols[3].x, y, { width: cols[3].w, align: "right" })
    if (line.tax_rate !== null) {
      pdf.font("regular").fontSize(8.5).fillColor(MUTED)
      pdf.text(`${formatRate(line.tax_rate, doc.locale)} of ${money(line.subtotal)}`, cols[3].x - 40, y + 13, {
        width: cols[3].w + 40,
        align: "right",
      })
    }
    pdf.font("regular").fontSize(10).fillColor(INK).text(money(line.total), cols[4].x, y, { width: cols[4].w, align: "right" })
    y += rowHeight
    pdf.moveTo(left, y - 4).lineTo(right, y - 4).strokeColor(RULE).lineWidth(0.4).stroke()
  }

  // totals
  y += 8
  const totals: [string, string, boolean][] = [
    ["Subtotal (excl. tax)", money(doc.subtotal), false],
    ["Tax", money(doc.tax_total), false],
    [doc.kind === "invoice" ? "Total" : "Total credited", money(doc.total), true],
  ]
  for (const [label, value, strong] of totals) {
    pdf.font(strong ? "bold" : "regular").fontSize(strong ? 12 : 10).fillColor(INK)
    pdf.text(label, left + width / 2, y, { width: width / 4 })
    pdf.text(value, left + (3 * width) / 4, y, { width: width / 4, align: "right" })
    y += strong ? 20 : 15
  }

  // payment
  y += 16
  const instructionsHeight = doc.payment.instructions
    ? pdf.font("regular").fontSize(10).heightOfString(doc.payment.instructions, { width }) + 20
    : 0
  if (y + 70 + instructionsHeight > pdf.page.height - 90) {
    pdf.addPage()
    y = 50
  }
  pdf.font("bold").fontSize(9).fillColor(MUTED).text("PAYMENT", left, y)
  y += 14
  pdf.font("regular").fontSize(10).fillColor(INK)
  pdf.text(`Status: ${doc.payment.status}`, left, y)
  y += 14
  if (doc.payment.method) {
    pdf.text(`Method: ${doc.payment.method}`, left, y)
    y += 14
  }
  if (doc.payment.state === "unpaid" && doc.payment.due_at) {
    pdf.font("bold").text(`Payment due: ${formatDate(doc.payment.due_at, doc.locale)}`, left, y)
    y += 14
  }
  if (doc.payment.instructions) {
    y += 4
    pdf.font("bold").fontSize(10).fillColor(INK).text("How to pay", left, y)
    y += 14
    pdf.font("regular").fontSize(10).text(doc.payment.instructions, left, y, { width })
    y = pdf.y + 6
  }
  if (doc.credit_notes?.length) {
    y += 6
    pdf.font("bold").fontSize(9).fillColor(MUTED).text("CREDIT NOTES", left, y)
    y += 14
    pdf.font("regular").fontSize(10).fillColor(INK)
    for (const note of doc.credit_notes) {
      pdf.text(`${note.number} of ${formatDate(note.issued_at, doc.locale)}: ${money(-note.total)}`, left, y)
      y += 14
    }
  }
  if (doc.kind === "credit_note") {
    y += 6
    pdf.font("regular").fontSize(9).fillColor(MUTED)
    pdf.text(`This credit note reduces the amount of invoice ${doc.invoice_number} by ${money(doc.total)}.`, left, y, { width })
  }

  // footer
  pdf.font("regular").fontSize(8).fillColor(MUTED)
  pdf.text(
    [doc.seller.name, doc.seller.vat_id ? `VAT ID ${doc.seller.vat_id}` : null, doc.seller.email].filter(Boolean).join(" · "),
    left,
    pdf.page.height - 70,
    { width, align: "center", lineBreak: false }
  )
  pdf.end()
  return await done
}

function formatRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(rate / 100)
}

/** A variant title "Standard / Yearly" as "Plan: Standard · Term: Yearly"; anything else as it is. */
export function planLabel(variantTitle: string | null): string | null {
  const parts = variantTitle?.split(" / ").map((p) => p.trim()).filter(Boolean) ?? []
  if (parts.length === 2) {
    return `Plan: ${parts[0]} · Term: ${parts[1]}`
  }
  return variantTitle
}
