import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

/** invoice.order (read-only: the invoice or credit note holds the order id). */
export default defineLink(
  { linkable: InvoiceModule.linkable.invoice, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
