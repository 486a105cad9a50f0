import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

/** A draft order is a quote, not a sale: it gets an invoice once it is placed. */
export const validateInvoiceableOrderStep = createStep(
  "validate-invoiceable-order",
  async (input: { order: { id: string; status?: string | null; is_draft_order?: boolean | null } }) => {
    if (input.order.is_draft_order || input.order.status === "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order.id} is a draft and has no invoice yet`)
    }
  }
)
