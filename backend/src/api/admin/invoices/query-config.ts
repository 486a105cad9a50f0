import { INVOICE_FIELDS } from "../../utils/invoices"

export const listInvoicesQueryConfig = {
  defaults: [...INVOICE_FIELDS],
  isList: true,
  defaultLimit: 50,
}
