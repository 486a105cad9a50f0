import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import Invoice from "./models/invoice"
import InvoiceCounter from "./models/invoice-counter"
import type { DocumentBuyer, DocumentLine, DocumentSeller } from "./types"
import { documentNumber, type InvoiceKind } from "./utils"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

export type IssueDocumentInput = {
  kind: InvoiceKind
  order_id: string
  invoice_id?: string | null
  refund_id?: string | null
  payment_id?: string | null
  currency_code: string
  subtotal: number
  tax_total: number
  total: number
  lines: DocumentLine[]
  seller: DocumentSeller
  buyer: DocumentBuyer
  locale: string
  issued_at: Date
  // invoices: the order's payment state at issue (credit notes have none)
  status?: "unpaid" | "paid" | "refunded" | null
}

export type Seller = { name: string; address: string; vat_id?: string | null; email?: string | null }

export type InvoiceModuleOptions = { seller?: Partial<Seller> }

class InvoiceModuleService extends MedusaService({
  Invoice,
  InvoiceCounter,
}) {
  /** the seller block printed on new documents (copied onto each at issue) */
  readonly seller: Seller

  constructor(container: Record<string, unknown>, options: InvoiceModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.seller = {
      name: options.seller?.name || "CloudServices",
      address: options.seller?.address || "1 Cloud Way, Dublin, Ireland",
      vat_id: options.seller?.vat_id || null,
      email: options.seller?.email || null,
    }
  }

  /**
   * Issues a document with the next number of its kind and year, or returns
   * the one already issued for the same order (invoice) or refund (credit
   * note). One transaction: the counter row of (kind, year) is locked first,
   * so concurrent issues wait for each other, see each other's documents and
   * take consecutive numbers; a failure rolls the counter back with the
   * document, so no number is ever skipped.
   */
  @InjectTransactionManager()
  async issueDocument(
    input: IssueDocumentInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ invoice: InferTypeOf<typeof Invoice>; created: boolean }> {
    if (input.kind === "credit_note" && !input.refund_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A credit note needs the refund it documents")
    }
    const manager = sharedContext.transactionManager as Manager
    const year = input.issued_at.getUTCFullYear()
    await manager.execute(
      `INSERT INTO invoice_counter (id, kind, year, value, created_at, updated_at)
       VALUES (?, ?, ?, 0, now(), now())
       ON CONFLICT (kind, year) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "invcnt"), input.kind, year]
    )
    await manager.execute(
      `SELECT value FROM invoice_counter WHERE kind = ? AND year = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.kind, year]
    )

    // under the lock: whoever issued before us has committed, so this sees their document
    const [existing] = await this.listInvoices(
      input.kind === "invoice"
        ? { order_id: input.order_id, kind: "invoice" }
        : { refund_id: input.refund_id!, kind: "credit_note" },
      { take: 1 },
      sharedContext
    )
    if (existing) {
      return { invoice: existing, created: false }
    }

    const [counter] = await manager.execute(
      `UPDATE invoice_counter SET value = value + 1, updated_at = now()
        WHERE kind = ? AND year = ? AND deleted_at IS NULL
        RETURNING value`,
      [input.kind, year]
    )
    const sequence = Number(counter.value)
    const invoice = await this.createInvoices(
      {
        order_id: input.order_id,
        kind: input.kind,
        year,
        sequence,
        number: documentNumber(input.kind, year, sequence),
        invoice_id: input.invoice_id ?? null,
        refund_id: input.refund_id ?? null,
        payment_id: input.payment_id ?? null,
        currency_code: input.currency_code,
        subtotal: input.subtotal,
        tax_total: input.tax_total,
        total: input.total,
        lines: input.lines,
        seller: input.seller,
        buyer: input.buyer,
        locale: input.locale,
        issued_at: input.issued_at,
        status: input.kind === "invoice" ? (input.status ?? "unpaid") : null,
      },
      sharedContext
    )
    return { invoice, created: true }
  }

  /**
   * Undoes an issue that a workflow rolled back. Only the newest number of its
   * sequence can be withdrawn (the counter steps back with it); an older one
   * stays issued, since withdrawing it would leave a gap.
   */
  @InjectTransactionManager()
  async withdrawDocument(id: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as Manager
    const [doc] = await manager.execute(`SELECT kind, year, sequence FROM invoice WHERE id = ?`, [id])
    if (!doc) {
      return false
    }
    const [counter] = await manager.execute(
      `SELECT value FROM invoice_counter WHERE kind = ? AND year = ? AND deleted_at IS NULL FOR UPDATE`,
      [doc.kind, doc.year]
    )
    if (!counter || Number(counter.value) !== Number(doc.sequence)) {
      return false
    }
    await manager.execute(`DELETE FROM invoice WHERE id = ?`, [id])
    await manager.execute(
      `UPDATE invoice_counter SET value = value - 1, updated_at = now() WHERE kind = ? AND year = ? AND deleted_at IS NULL`,
      [doc.kind, doc.year]
    )
    return true
  }
}

export default InvoiceModuleService
