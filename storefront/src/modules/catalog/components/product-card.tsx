import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatMoney } from "@lib/util/money"
import {
  cheapestMonthly,
  getOffers,
  getPlanNames,
  getServiceSpecs,
  specRows,
} from "@lib/util/product"
import { ArrowRightIcon, CategoryIcon } from "@modules/common/icons"

export default function ProductCard({
  product,
  countryCode,
}: {
  product: HttpTypes.StoreProduct
  countryCode: string
}) {
  const specs = getServiceSpecs(product)
  const offers = getOffers(product)
  const plans = getPlanNames(offers, specs)
  const cheapest = cheapestMonthly(offers)
  const category = product.categories?.[0]
  const highlights = specRows(specs.plans[cheapest?.plan ?? plans[0]]).slice(0, 3)
  const href = `/${countryCode}/products/${product.handle}`

  return (
    <article
      data-testid="product-card"
      className="card group flex w-full flex-col p-5 transition-shadow hover:shadow-md"
    >
      <div className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wider text-accent-700">
        {product.thumbnail ? (
          // a plain <img>, not next/image: images are served unoptimised (next.config)
          <img src={product.thumbnail} alt="" width={20} height={20} loading="lazy" className="h-5 w-5 rounded object-contain" />
        ) : (
          <CategoryIcon handle={category?.handle} className="h-4 w-4" />
        )}
        {category?.name ?? "Service"}
      </div>
      <h3 className="mt-2 text-lg font-semibold text-navy-900">
        <Link href={href} prefetch={false} className="rounded hover:text-accent-700">
          {product.title}
        </Link>
      </h3>
      {(product.subtitle || product.description) && (
        <p className="mt-1 line-clamp-2 text-sm text-slate-600">
          {product.subtitle || product.description}
        </p>
      )}

      {highlights.length > 0 && (
        <ul className="mt-4 space-y-1 text-sm text-slate-700">
          {highlights.map((row) => (
            <li key={row.key} className="flex justify-between gap-4">
              <span className="text-slate-500">{row.label}</span>
              <span className="font-medium">{row.value}</span>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-auto flex items-end justify-between gap-4 pt-5">
        <div>
          {cheapest ? (
            <>
              <p className="text-xs text-slate-500">From</p>
              <p className="text-xl font-bold text-navy-900">
                {formatMoney(cheapest.amount, cheapest.currencyCode, countryCode)}
                <span className="text-sm font-normal text-slate-500"> /month</span>
              </p>
            </>
          ) : (
            <p className="text-sm text-slate-500">Price on request</p>
          )}
          {plans.length > 1 && <p className="text-xs text-slate-500">{plans.length} plans</p>}
        </div>
        <Link
          href={href}
          prefetch={false}
          className="btn-secondary shrink-0 group-hover:border-accent-400"
          aria-label={`View plans for ${product.title}`}
        >
          View plans <ArrowRightIcon className="h-4 w-4" />
        </Link>
      </div>
    </article>
  )
}
