import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { listProducts } from "@lib/data/products"
import { PRODUCTS_PER_PAGE } from "@lib/constants"
import Pagination from "@modules/catalog/components/pagination"
import ProductGrid from "@modules/catalog/components/product-grid"
import SearchForm from "@modules/catalog/components/search-form"

type StoreTemplateProps = {
  countryCode: string
  region: HttpTypes.StoreRegion
  categories: HttpTypes.StoreProductCategory[]
  category: HttpTypes.StoreProductCategory | null
  q?: string
  page: number
  /** On /categories/[handle] the category is the page itself, not a filter. */
  categoryPage?: boolean
}

export default async function StoreTemplate({
  countryCode,
  region,
  categories,
  category,
  q,
  page,
  categoryPage = false,
}: StoreTemplateProps) {
  const { products, count } = await listProducts({
    regionId: region.id,
    q,
    categoryId: category?.id,
    page,
  })
  const totalPages = Math.max(1, Math.ceil(count / PRODUCTS_PER_PAGE))
  const basePath = categoryPage
    ? `/${countryCode}/categories/${category?.handle}`
    : `/${countryCode}/store`
  const filterHref = (handle?: string) => {
    const search = new URLSearchParams()
    if (q) search.set("q", q)
    if (handle) search.set("category", handle)
    const query = search.toString()
    return `/${countryCode}/store${query ? `?${query}` : ""}`
  }
  const clearHref =
    categoryPage || !category ? basePath : `${basePath}?category=${category.handle}`
  const first = count === 0 ? 0 : (page - 1) * PRODUCTS_PER_PAGE + 1
  const last = Math.min(count, page * PRODUCTS_PER_PAGE)

  return (
    <div>
      <section className="bg-navy-900 text-white">
        <div className="container-content py-10">
          <p className="text-sm font-semibold uppercase tracking-wider text-accent-300">
            {categoryPage ? "Category" : "Catalog"}
          </p>
          <h1 className="mt-1 text-3xl font-bold">{category?.name ?? "All products"}</h1>
          <p className="mt-2 max-w-2xl text-slate-300">
            {category?.description ||
              `Every plan is billed monthly, quarterly or yearly in ${region.currency_code.toUpperCase()}. Longer terms cost less.`}
          </p>
          <div className="mt-6">
            <SearchForm
              action={basePath}
              q={q}
              category={!categoryPage ? category?.handle ?? undefined : undefined}
            />
          </div>
        </div>
      </section>

      <div className="container-content py-8">
        <nav aria-label="Filter by category">
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link
                href={filterHref()}
                aria-current={!category ? "page" : undefined}
                className={chipClass(!category)}
              >
                All
              </Link>
            </li>
            {categories.map((item) => (
              <li key={item.id}>
                <Link
                  href={filterHref(item.handle)}
                  aria-current={category?.id === item.id ? "page" : undefined}
                  className={chipClass(category?.id === item.id)}
                >
                  {item.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="mt-6 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold text-navy-900">
            {q ? <>Results for &ldquo;{q}&rdquo;</> : "Plans"}
          </h2>
          <p className="text-sm text-slate-600" aria-live="polite">
            {count === 0
              ? "No products found"
              : `Showing ${first}–${last} of ${count} ${count === 1 ? "product" : "products"}`}
          </p>
        </div>

        <div className="mt-6">
          {products.length > 0 ? (
            <ProductGrid products={products} countryCode={countryCode} />
          ) : (
            <div className="card px-6 py-16 text-center">
              <p className="text-lg font-semibold text-navy-900">Nothing matches your search</p>
              <p className="mt-2 text-slate-600">
                Try another word, or browse every plan in {category?.name ?? "the catalog"}.
              </p>
              <Link href={clearHref} className="btn-secondary mt-6">
                Clear search
              </Link>
            </div>
          )}
        </div>

        <Pagination
          page={page}
          totalPages={totalPages}
          basePath={basePath}
          params={{ q, category: categoryPage ? undefined : category?.handle ?? undefined }}
        />
      </div>
    </div>
  )
}

function chipClass(active: boolean) {
  return `inline-flex rounded-full border px-4 py-1.5 text-sm font-medium ${
    active
      ? "border-accent-600 bg-accent-600 text-white"
      : "border-slate-300 bg-white text-slate-700 hover:border-accent-400 hover:text-accent-700"
  }`
}
