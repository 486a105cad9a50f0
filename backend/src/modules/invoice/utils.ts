export type InvoiceKind = "invoice" | "credit_note"

const PREFIX: Record<InvoiceKind, string> = { invoice: "INV", credit_note: "CN" }

/** INV-2026-000123 / CN-2026-000045 */
export function documentNumber(kind: InvoiceKind, year: number, sequence: number): string {
  return `${PREFIX[kind]}-${year}-${String(sequence).padStart(6, "0")}`
}
