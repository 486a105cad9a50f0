import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import ProductGrid from "@modules/catalog/components/product-grid"
import CategoryTiles from "@modules/home/components/category-tiles"
import Hero from "@modules/home/components/hero"

export default function HomeTemplate({
  countryCode,
  region,
  categories,
  featured,
}: {
  countryCode: string
  region: HttpTypes.StoreRegion
  categories: HttpTypes.StoreProductCategory[]
  featured: HttpTypes.StoreProduct[]
}) {
  return (
    <>
      <Hero countryCode={countryCode} regionName={region.name} />
      <CategoryTiles categories={categories} countryCode={countryCode} />
      {featured.length > 0 && (
        <section aria-labelledby="featured-heading" className="border-t border-slate-200 bg-white">
          <div className="container-content py-16">
            <div className="flex flex-wrap items-end justify-between gap-4">
              <div>
                <h2 id="featured-heading" className="text-2xl font-bold text-navy-900">
                  Featured plans
                </h2>
                <p className="mt-2 text-slate-600">
                  Our most popular services, priced in {region.currency_code.toUpperCase()}.
                </p>
              </div>
              <Link href={`/${countryCode}/store`} className="text-sm font-semibold text-accent-700 hover:text-accent-800">
                See all products →
              </Link>
            </div>
            <div className="mt-8">
              <ProductGrid products={featured} countryCode={countryCode} />
            </div>
          </div>
        </section>
      )}
    </>
  )
}
