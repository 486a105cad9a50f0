// What an issued document keeps of its lines, seller and buyer (JSON columns, copied at issue).

/** One printed line of a document. */
export type DocumentLine = {
  title: string
  /** plan and term, e.g. "Standard / Yearly" */
  plan: string | null
  quantity: number
  unit_price: number
  /** before tax, after discounts */
  subtotal: number
  tax_rate: number | null
  tax_total: number
  total: number
}

export type DocumentSeller = { name: string; address?: string | null; vat_id?: string | null; email?: string | null }

export type DocumentBuyer = {
  name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  email?: string | null
  order_display_id?: number | null
  order_date?: Date | string | null
}
