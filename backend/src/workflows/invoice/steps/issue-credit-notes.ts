import type { InferTypeOf } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type Invoice from "../../../modules/invoice/models/invoice"
import { creditNoteDocument, type CreditedRefund } from "../utils/document"
import { invoiceService } from "./service"

/** A credit note as issued, with the number of the invoice it corrects. */
type CreditNote = InferTypeOf<typeof Invoice> & { invoice_number: string }

export type IssueCreditNotesStepInput = {
  invoice: Parameters<typeof creditNoteDocument>[0]
  payment: { id: string; refunds?: (CreditedRefund & { created_at?: string | Date | null } | null)[] | null }
  asOf: Date | string
}

/**
 * One credit note per refund of the payment that has none yet, oldest refund
 * first (a replayed refund event finds them all issued and adds nothing).
 * Compensation withdraws the ones it issued, newest first.
 */
export const issueCreditNotesStep = createStep(
  "issue-credit-notes",
  async (input: IssueCreditNotesStepInput, { container }) => {
    const invoices = invoiceService(container)
    const refunds = (input.payment.refunds ?? [])
      .filter((r): r is CreditedRefund & { created_at?: string | Date | null } => !!r)
      .sort((a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() || a.id.localeCompare(b.id))
    const notes: CreditNote[] = []
    const created: string[] = []
    for (const refund of refunds) {
      const result = await invoices.issueDocument(
        creditNoteDocument(input.invoice, refund, input.payment.id, invoices.seller, new Date(input.asOf))
      )
      notes.push({ ...result.invoice, invoice_number: input.invoice.number })
      if (result.created) {
        created.push(result.invoice.id)
      }
    }
    return new StepResponse({ credit_notes: notes, created_ids: created }, created)
  },
  async (created, { container }) => {
    for (const id of [...(created ?? [])].reverse()) {
      await invoiceService(container).withdrawDocument(id)
    }
  }
)
