import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "@lib/util/money"
import {
  findOffer,
  getOffers,
  getPlanNames,
  getServiceSpecs,
  planFeatures,
  specRows,
  termSavings,
} from "@lib/util/product"

/**
 * The plans of one product side by side: one row per plan, one column per
 * spec any plan has, then the monthly price in the region's currency. On a
 * phone the same table shows each plan as a card (globals.css), so the price is
 * never off screen and the page carries one copy of every plan.
 * Its links are plain anchors: the pricing page lists every plan, and a
 * client-side link per plan would hydrate and prefetch dozens of pages.
 */
export default function PlanComparisonTable({
  product,
  countryCode,
  caption,
}: {
  product: HttpTypes.StoreProduct
  countryCode: string
  caption?: string
}) {
  const specs = getServiceSpecs(product)
  const offers = getOffers(product)
  const plans = getPlanNames(offers, specs)
  const rowsByPlan = new Map(plans.map((plan) => [plan, specRows(specs.plans[plan])]))

  const columns: { key: string; label: string }[] = []
  for (const rows of rowsByPlan.values()) {
    for (const row of rows) {
      if (!columns.some((column) => column.key === row.key)) {
        columns.push({ key: row.key, label: row.label })
      }
    }
  }
  const hasFeatures = plans.some((plan) => planFeatures(specs.plans[plan]).length > 0)
  const href = `/${countryCode}/products/${product.handle}`

  return (
    <div className="plan-table-box">
      <table className="plan-table">
        <caption className="sr-only">{caption ?? `${product.title} plans compared`}</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
            {hasFeatures && <th scope="col">Highlights</th>}
            <th scope="col" className="text-right">Monthly price</th>
            <th scope="col"><span className="sr-only">Configure</span></th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => {
            const rows = rowsByPlan.get(plan) ?? []
            const monthly = findOffer(offers, plan, "Monthly")
            const yearly = termSavings(offers, plan, "Yearly")
            const features = planFeatures(specs.plans[plan])
            return (
              <tr key={plan}>
                <th scope="row">{plan}</th>
                {columns.map((column) => (
                  <td key={column.key} data-label={column.label}>
                    {rows.find((row) => row.key === column.key)?.value ?? "—"}
                  </td>
                ))}
                {hasFeatures && (
                  <td className="plan-highlights">{features.slice(0, 3).join(" · ") || "—"}</td>
                )}
                <td className="plan-end">
                  {monthly?.amount != null ? (
                    <>
                      <span className="plan-price">
                        {formatMoney(monthly.amount, monthly.currencyCode, countryCode)}
                      </span>
                      <span className="plan-per"> / month</span>
                      {yearly && <span className="plan-saving">save {yearly.percent}% yearly</span>}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </td>
                <td className="plan-end">
                  <a
                    href={`${href}?plan=${encodeURIComponent(plan)}`}
                    className="plan-link"
                    aria-label={`Configure ${product.title} ${plan}`}
                  >
                    Configure
                  </a>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
