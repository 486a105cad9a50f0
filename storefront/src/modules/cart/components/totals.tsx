import { formatMoney } from "@lib/util/money"

type TotalsSource = {
  currency_code: string
  item_subtotal?: number | null
  subtotal?: number | null
  discount_total?: number | null
  tax_total?: number | null
  total?: number | null
}

/**
 * Subtotal, discount, tax and total exactly as Medusa computed them.
 * `taxPending`: the cart has no billing address yet, so Medusa has not added
 * its taxes; the total is then shown as before tax rather than as final.
 */
export default function Totals({
  source,
  countryCode,
  taxPending = false,
}: {
  source: TotalsSource
  countryCode: string
  taxPending?: boolean
}) {
  const money = (value: number | null | undefined) =>
    formatMoney(value ?? 0, source.currency_code, countryCode)
  const discount = Number(source.discount_total ?? 0)

  return (
    <dl className="space-y-2 text-sm">
      <div className="flex justify-between gap-4">
        <dt className="text-slate-600">Subtotal</dt>
        <dd data-testid="summary-subtotal" className="font-medium text-navy-900">{money(source.item_subtotal ?? source.subtotal)}</dd>
      </div>
      {discount > 0 && (
        <div className="flex justify-between gap-4">
          <dt className="text-slate-600">Discount</dt>
          <dd className="font-medium text-emerald-700">−{money(discount)}</dd>
        </div>
      )}
      <div className="flex justify-between gap-4">
        <dt className="text-slate-600">Taxes</dt>
        {taxPending ? (
          <dd data-testid="summary-tax" className="text-right text-slate-600">
            Added for your billing address
          </dd>
        ) : (
          <dd data-testid="summary-tax" className="font-medium text-navy-900">
            {money(source.tax_total)}
          </dd>
        )}
      </div>
      <div className="flex justify-between gap-4 border-t border-slate-200 pt-3 text-base">
        <dt className="font-semibold text-navy-900">{taxPending ? "Total before tax" : "Total"}</dt>
        <dd data-testid="summary-total" className="font-bold text-navy-900">
          {money(source.total)}
        </dd>
      </div>
    </dl>
  )
}
