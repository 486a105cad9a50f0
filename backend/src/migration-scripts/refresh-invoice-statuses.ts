import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../modules/invoice"
import type InvoiceModuleService from "../modules/invoice/service"
import { refreshInvoiceStatusWorkflow } from "../workflows/invoice"

const PAGE = 200

/**
 * Runs once after the migration that added invoice.status (which starts
 * every existing invoice unpaid): each invoice takes its order's payment
 * state, page by page through the same workflow the payment events run.
 */
export default async function refreshInvoiceStatuses({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
  let skip = 0
  let refreshed = 0
  for (;;) {
    const page = await invoices.listInvoices({ kind: "invoice" }, { select: ["id", "order_id"], take: PAGE, skip, order: { id: "ASC" } })
    for (const invoice of page) {
      await refreshInvoiceStatusWorkflow(container)
        .run({ input: { order_id: invoice.order_id } })
        .then(() => refreshed++)
        .catch((e: Error) => logger.warn(`Invoice ${invoice.id}: status not refreshed (${e.message})`))
    }
    if (page.length < PAGE) {
      break
    }
    skip += PAGE
  }
  logger.info(`Invoice statuses refreshed: ${refreshed}`)
}
