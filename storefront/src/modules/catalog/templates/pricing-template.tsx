import type { HttpTypes } from "@medusajs/types"
import PlanComparisonTable from "@modules/catalog/components/plan-comparison-table"
import { CategoryIcon } from "@modules/common/icons"

export default function PricingTemplate({
  countryCode,
  region,
  categories,
  products,
}: {
  countryCode: string
  region: HttpTypes.StoreRegion
  categories: HttpTypes.StoreProductCategory[]
  products: HttpTypes.StoreProduct[]
}) {
  const sections = categories
    .map((category) => ({
      category,
      products: products.filter((product) =>
        product.categories?.some((item) => item.id === category.id)
      ),
    }))
    .filter((section) => section.products.length > 0)
  const currency = region.currency_code.toUpperCase()

  return (
    <div>
      <section className="bg-navy-900 text-white">
        <div className="container-content py-12">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent-300">Pricing</p>
          <h1 className="mt-1 text-3xl font-bold sm:text-4xl">Simple, predictable pricing</h1>
          <p className="mt-3 max-w-2xl text-slate-300">
            Monthly prices in {currency} for {region.name}. Pay quarterly or yearly and save — the
            discount is shown on every plan.
          </p>
          <nav aria-label="Jump to category" className="mt-6">
            <ul className="flex flex-wrap gap-2">
              {sections.map(({ category }) => (
                <li key={category.id}>
                  <a
                    href={`#pricing-${category.handle}`}
                    className="inline-flex items-center gap-2 rounded-full bg-navy-800 px-4 py-1.5 text-sm text-slate-200 hover:bg-navy-700"
                  >
                    <CategoryIcon handle={category.handle} className="h-4 w-4" />
                    {category.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </section>

      <div className="container-content space-y-14 py-12">
        {sections.map(({ category, products: items }) => (
          <section key={category.id} id={`pricing-${category.handle}`} aria-labelledby={`heading-${category.handle}`} className="scroll-mt-32">
            <div className="flex items-center gap-3">
              <span className="flex h-10 w-10 items-center justify-center rounded-lg bg-accent-100 text-accent-700">
                <CategoryIcon handle={category.handle} />
              </span>
              <h2 id={`heading-${category.handle}`} className="text-2xl font-bold text-navy-900">
                {category.name}
              </h2>
            </div>
            <div className="mt-6 space-y-8">
              {items.map((product) => (
                <div key={product.id}>
                  <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-lg font-semibold text-navy-900">{product.title}</h3>
                    <a
                      href={`/${countryCode}/products/${product.handle}`}
                      className="text-sm font-semibold text-accent-700 hover:text-accent-800"
                    >
                      Details and billing terms →
                    </a>
                  </div>
                  <PlanComparisonTable product={product} countryCode={countryCode} />
                </div>
              ))}
            </div>
          </section>
        ))}
        {sections.length === 0 && (
          <p className="text-slate-600">No plans are on sale in your region right now.</p>
        )}
      </div>
    </div>
  )
}
