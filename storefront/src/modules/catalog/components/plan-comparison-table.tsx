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
 * phone the plans are stacked cards instead, so the price is never off screen.
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
    <>
      <ul className="space-y-3 md:hidden" data-testid="plan-cards">
        {plans.map((plan) => {
          const rows = rowsByPlan.get(plan) ?? []
          const monthly = findOffer(offers, plan, "Monthly")
          const yearly = termSavings(offers, plan, "Yearly")
          const features = planFeatures(specs.plans[plan])
          return (
            <li key={plan} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <div className="flex items-baseline justify-between gap-3">
                <h3 className="font-semibold text-navy-900">{plan}</h3>
                <p className="text-right">
                  {monthly?.amount != null ? (
                    <>
                      <span className="plan-price">
                        {formatMoney(monthly.amount, monthly.currencyCode, countryCode)}
                      </span>
                      <span className="text-slate-500"> / month</span>
                      {yearly && <span className="plan-saving">save {yearly.percent}% yearly</span>}
                    </>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </p>
              </div>
              {rows.length > 0 && (
                <dl className="plan-specs mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-slate-700">
                  {rows.map((row) => (
                    <div key={row.key}>
                      <dt>{row.label}: </dt>
                      <dd>{row.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {features.length > 0 && <p className="mt-2 text-slate-600">{features.slice(0, 3).join(" · ")}</p>}
              <a
                href={`${href}?plan=${encodeURIComponent(plan)}`}
                className="plan-link mt-3 inline-block"
                aria-label={`Configure ${product.title} ${plan}`}
              >
                Configure →
              </a>
            </li>
          )
        })}
      </ul>
      <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="plan-table w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{caption ?? `${product.title} plans compared`}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wider text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">Plan</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="px-4 py-3 font-semibold">
                  {column.label}
                </th>
              ))}
              {hasFeatures && <th scope="col" className="px-4 py-3 font-semibold">Highlights</th>}
              <th scope="col" className="px-4 py-3 text-right font-semibold">Monthly price</th>
              <th scope="col" className="px-4 py-3"><span className="sr-only">Configure</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plans.map((plan) => {
              const rows = rowsByPlan.get(plan) ?? []
              const monthly = findOffer(offers, plan, "Monthly")
              const yearly = termSavings(offers, plan, "Yearly")
              const features = planFeatures(specs.plans[plan])
              return (
                <tr key={plan} className="align-top">
                  <th scope="row">{plan}</th>
                  {columns.map((column) => (
                    <td key={column.key}>
                      {rows.find((row) => row.key === column.key)?.value ?? "—"}
                    </td>
                  ))}
                  {hasFeatures && (
                    <td className="plan-highlights">
                      {features.slice(0, 3).join(" · ") || "—"}
                    </td>
                  )}
                  <td className="plan-end">
                    {monthly?.amount != null ? (
                      <>
                        <span className="plan-price">
                          {formatMoney(monthly.amount, monthly.currencyCode, countryCode)}
                        </span>
                        {yearly && (
                          <span className="plan-saving">
                            save {yearly.percent}% yearly
                          </span>
                        )}
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
    </>
  )
}
