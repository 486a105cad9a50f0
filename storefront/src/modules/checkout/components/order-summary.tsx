import type { HttpTypes } from "@medusajs/types"
import { describeLineItem } from "@lib/util/line-item"
import { formatMoney } from "@lib/util/money"
import LineServiceConfig from "@modules/cart/components/line-service-config"
import Totals from "@modules/cart/components/totals"

type Summarized = Pick<
  HttpTypes.StoreCart,
  "currency_code" | "item_subtotal" | "subtotal" | "discount_total" | "tax_total" | "total"
> & { items?: HttpTypes.StoreCartLineItem[] | HttpTypes.StoreOrderLineItem[] | null }

/** Lines and totals of a cart or an order. */
export default function OrderSummary({
  source,
  countryCode,
  title = "Order summary",
  taxPending = false,
}: {
  source: Summarized
  countryCode: string
  title?: string
  /** a cart without a billing address yet: its taxes are not known */
  taxPending?: boolean
}) {
  return (
    <div className="card p-6" data-testid="order-summary">
      <h2 className="text-lg font-semibold text-navy-900">{title}</h2>
      <ul className="mt-4 divide-y divide-slate-100">
        {(source.items ?? []).map((item) => {
          const { plan, term } = describeLineItem(item)
          return (
            <li key={item.id} className="flex justify-between gap-4 py-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-navy-900">
                  {item.product_title ?? item.title}
                  {item.quantity > 1 && <span className="text-slate-500"> × {item.quantity}</span>}
                </p>
                <p className="text-slate-600">
                  {[plan, term].filter(Boolean).join(" · ") || item.variant_title}
                </p>
                <LineServiceConfig productId={item.product_id} metadata={item.metadata} />
              </div>
              <p className="font-medium text-navy-900">
                {formatMoney(item.subtotal ?? item.total, source.currency_code, countryCode)}
              </p>
            </li>
          )
        })}
      </ul>
      <div className="mt-4 border-t border-slate-200 pt-4">
        <Totals source={source} countryCode={countryCode} taxPending={taxPending} />
      </div>
    </div>
  )
}
