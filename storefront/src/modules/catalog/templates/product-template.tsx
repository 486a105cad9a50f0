import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import {
  getOffers,
  getPlanNames,
  getServiceSpecs,
  getTerms,
  planFeatures,
  specRows,
  type Term,
} from "@lib/util/product"
import type { ServiceOptions } from "@lib/util/service-config"
import PlanComparisonTable from "@modules/catalog/components/plan-comparison-table"
import ProductConfigurator, {
  type PlanDetails,
} from "@modules/catalog/components/product-configurator"
import { CategoryIcon, MapPinIcon } from "@modules/common/icons"

type ProductTemplateProps = {
  product: HttpTypes.StoreProduct
  region: HttpTypes.StoreRegion
  countryCode: string
  restricted: boolean
  /** The data center, OS, hostname and domain choices of the product. */
  serviceOptions?: ServiceOptions
  initialPlan?: string
  initialTerm?: Term
}

export default function ProductTemplate({
  product,
  region,
  countryCode,
  restricted,
  serviceOptions,
  initialPlan,
  initialTerm,
}: ProductTemplateProps) {
  const specs = getServiceSpecs(product)
  const offers = getOffers(product)
  const plans = getPlanNames(offers, specs)
  const terms = getTerms(offers)
  const details: Record<string, PlanDetails> = {}
  for (const plan of plans) {
    details[plan] = { rows: specRows(specs.plans[plan]), features: planFeatures(specs.plans[plan]) }
  }
  const category = product.categories?.[0]

  return (
    <div>
      <section className="bg-navy-900 text-white">
        <div className="container-content py-10">
          <nav aria-label="Breadcrumb" className="text-sm text-slate-400">
            <ol className="flex flex-wrap items-center gap-2">
              <li>
                <Link href={`/${countryCode}/store`} className="rounded hover:text-white">Products</Link>
              </li>
              {category && (
                <>
                  <li aria-hidden="true">/</li>
                  <li>
                    <Link href={`/${countryCode}/categories/${category.handle}`} className="rounded hover:text-white">
                      {category.name}
                    </Link>
                  </li>
                </>
              )}
              <li aria-hidden="true">/</li>
              <li aria-current="page" className="text-slate-200">{product.title}</li>
            </ol>
          </nav>
          <div className="mt-4 flex items-start gap-4">
            {product.thumbnail ? (
              // the image an operator uploaded in the admin (served by the backend's file module)
              <img
                src={product.thumbnail}
                alt=""
                width={64}
                height={64}
                data-testid="product-image"
                className="h-16 w-16 shrink-0 rounded-lg bg-white object-contain p-1"
              />
            ) : (
              <span className="hidden h-12 w-12 shrink-0 items-center justify-center rounded-lg bg-accent-500/20 text-accent-300 sm:flex">
                <CategoryIcon handle={category?.handle} className="h-7 w-7" />
              </span>
            )}
            <div>
              <h1 className="text-3xl font-bold">{product.title}</h1>
              {product.subtitle && <p className="mt-1 text-lg text-slate-300">{product.subtitle}</p>}
            </div>
          </div>
          {product.description && (
            <p className="mt-4 max-w-3xl text-slate-300">{product.description}</p>
          )}
          {specs.locations.length > 0 && (
            <div className="mt-5">
              <h2 className="sr-only">Data center locations</h2>
              <ul className="flex flex-wrap gap-2">
                {specs.locations.map((location) => (
                  <li
                    key={location}
                    className="inline-flex items-center gap-1 rounded-full bg-navy-800 px-3 py-1 text-xs text-slate-200"
                  >
                    <MapPinIcon className="h-3.5 w-3.5 text-accent-300" />
                    {location}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      <div className="container-content py-10">
        {plans.length > 0 ? (
          <ProductConfigurator
            productTitle={product.title}
            productHandle={product.handle ?? "server"}
            serviceOptions={serviceOptions}
            countryCode={countryCode}
            regionName={region.name}
            offers={offers}
            plans={plans}
            terms={terms}
            details={details}
            restricted={restricted}
            initialPlan={initialPlan}
            initialTerm={initialTerm}
          />
        ) : (
          <p className="text-slate-600">This service has no plans on sale right now.</p>
        )}

        {plans.length > 1 && (
          <section aria-labelledby="compare-heading" className="mt-14">
            <h2 id="compare-heading" className="text-xl font-semibold text-navy-900">
              Compare {product.title} plans
            </h2>
            <div className="mt-4">
              <PlanComparisonTable product={product} countryCode={countryCode} />
            </div>
          </section>
        )}
      </div>
    </div>
  )
}
