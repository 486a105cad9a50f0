import type { MedusaContainer } from "@medusajs/framework/types"
import { INVOICE_MODULE } from "../../../modules/invoice"
import type InvoiceModuleService from "../../../modules/invoice/service"

export function invoiceService(container: MedusaContainer): InvoiceModuleService {
  return container.resolve(INVOICE_MODULE)
}
