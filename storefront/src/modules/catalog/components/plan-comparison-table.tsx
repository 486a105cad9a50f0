import type { HttpTypes } from "@medusajs/types"
import { escapeHtml } from "@lib/util/html"
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
 * The plans of one product side by side: one row per plan, one column per spec any plan has,
 * then the monthly price in the region's currency. On a phone the same table shows each plan as
 * a card (globals.css), so the price is never off screen and the page carries one copy of every
 * plan.
 *
 * The table has nothing interactive (its links are plain anchors), so it is rendered here, on the
 * server, to one HTML string: the page data carries that string instead of an element per cell,
 * and the browser has nothing to hydrate in it. The pricing page lists every plan of every
 * product; as elements, its tables were most of the page's start-up work on a phone. Every value
 * written into the string goes through `escapeHtml`.
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
  return (
    <div
      className="plan-table-box"
      dangerouslySetInnerHTML={{ __html: planTableHtml(product, countryCode, caption) }}
    />
  )
}

export function planTableHtml(product: HttpTypes.StoreProduct, countryCode: string, caption?: string): string {
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
  const text = escapeHtml

  const head = [
    `<th scope="col">Plan</th>`,
    ...columns.map((column) => `<th scope="col">${text(column.label)}</th>`),
    hasFeatures ? `<th scope="col">Highlights</th>` : "",
    `<th scope="col" class="text-right">Monthly price</th>`,
    `<th scope="col"><span class="sr-only">Configure</span></th>`,
  ].join("")

  const body = plans.map((plan) => {
    const rows = rowsByPlan.get(plan) ?? []
    const monthly = findOffer(offers, plan, "Monthly")
    const yearly = termSavings(offers, plan, "Yearly")
    const features = planFeatures(specs.plans[plan])
    const price =
      monthly?.amount != null
        ? `<span class="plan-price">${text(formatMoney(monthly.amount, monthly.currencyCode, countryCode))}</span>` +
          `<span class="plan-per"> / month</span>` +
          (yearly ? `<span class="plan-saving">save ${text(yearly.percent)}% yearly</span>` : "")
        : `<span class="text-slate-400">—</span>`
    return [
      `<tr><th scope="row">${text(plan)}</th>`,
      ...columns.map(
        (column) =>
          `<td data-label="${text(column.label)}">${text(rows.find((row) => row.key === column.key)?.value ?? "—")}</td>`
      ),
      hasFeatures ? `<td class="plan-highlights">${text(features.slice(0, 3).join(" · ") || "—")}</td>` : "",
      `<td class="plan-end">${price}</td>`,
      `<td class="plan-end"><a href="${text(`${href}?plan=${encodeURIComponent(plan)}`)}" class="plan-link" aria-label="${text(`Configure ${product.title} ${plan}`)}">Configure</a></td></tr>`,
    ].join("")
  })

  return (
    `<table class="plan-table"><caption class="sr-only">${text(caption ?? `${product.title} plans compared`)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`
  )
}
