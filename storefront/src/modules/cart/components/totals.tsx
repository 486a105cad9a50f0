import { formatMoney } from "@lib/util/money"

type TotalsSource = {
  currency_code: string
  item_subtotal?: number | null
  subtotal?: number | null
  discount_total?: number | null
  tax_total?: number | null
  total?: number | null
}

/** Subtotal, discount, tax and total exactly as Medusa computed them. */
export default function Totals({ source, countryCode }: { source: TotalsSource; countryCode: string }) {
  const money = (value: number | null | undefined) =>
    formatMoney(value ?? 0, source.currency_code, countryCode)
  const discount = Number(source.discount_total ?? 0)

  return (
    <dl className="space-y-2 text-sm">
      <div className="flex justify-between">
        <dt className="text-slate-600">Subtotal</dt>
        <dd className="font-medium text-navy-900">{money(source.item_subtotal ?? source.subtotal)}</dd>
      </div>
      {discount > 0 && (
        <div className="flex justify-between">
          <dt className="text-slate-600">Discount</dt>
          <dd className="font-medium text-emerald-700">−{money(discount)}</dd>
        </div>
      )}
      <div className="flex justify-between">
        <dt className="text-slate-600">Taxes</dt>
        <dd className="font-medium text-navy-900">{money(source.tax_total)}</dd>
      </div>
      <div className="flex justify-between border-t border-slate-200 pt-3 text-base">
        <dt className="font-semibold text-navy-900">Total</dt>
        <dd className="font-bold text-navy-900">{money(source.total)}</dd>
      </div>
    </dl>
  )
}
