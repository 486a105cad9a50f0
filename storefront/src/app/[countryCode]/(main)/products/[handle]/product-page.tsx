import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductByHandle, getServiceOptions, listRestrictedProductIds } from "@lib/data/products"
import { getRegion } from "@lib/data/regions"
import { listCategories } from "@lib/data/categories"
import { siteUrl } from "@lib/constants"
import { getOffers, getPlanNames, getServiceSpecs, findOffer, TERMS, type Term } from "@lib/util/product"
import { breadcrumbList, pageMetadata } from "@lib/util/seo"
import ProductTemplate from "@modules/catalog/templates/product-template"
import JsonLd from "@modules/content/components/json-ld"

type Props = {
  params: Promise<{ countryCode: string; handle: string }>
  searchParams: Promise<{ plan?: string; term?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const region = await getRegion(countryCode).catch(() => null)
  const product = region ? await getProductByHandle(handle, region.id).catch(() => null) : null
  if (!product) {
    return { title: "Product not found" }
  }
  return pageMetadata({
    countryCode,
    path: `/products/${product.handle}`,
    title: product.title,
    description:
      product.subtitle ||
      product.description?.slice(0, 160) ||
      `${product.title} plans and prices at CloudServices.`,
  })
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { countryCode, handle } = await params
  const { plan, term } = await searchParams
  const region = await getRegion(countryCode)
  if (!region) {
    notFound()
  }
  const [product, restrictedIds] = await Promise.all([
    getProductByHandle(handle, region.id),
    listRestrictedProductIds(region.id),
  ])
  if (!product) {
    notFound()
  }
  const [serviceOptions, categories] = await Promise.all([
    getServiceOptions(product.id),
    listCategories().catch(() => []),
  ])
  const restricted = restrictedIds.includes(product.id)
  const url = `${siteUrl()}/${countryCode}/products/${product.handle}`
  const offers = getOffers(product)
  const categoryId = product.categories?.[0]?.id
  const category = categories.find((c) => c.id === categoryId)

  return (
    <>
      <JsonLd
        data={[
          {
            "@context": "https://schema.org",
            "@type": "Product",
            name: product.title,
            description: product.description ?? product.subtitle ?? undefined,
            url,
            sku: product.handle,
            brand: { "@type": "Brand", name: "CloudServices" },
            ...(category ? { category: category.name } : {}),
            // one Offer per plan: its monthly price in the region's currency
            offers: getPlanNames(offers, getServiceSpecs(product))
              .map((plan) => findOffer(offers, plan, "Monthly"))
              .filter((offer) => offer?.amount != null)
              .map((offer) => ({
                "@type": "Offer",
                name: `${product.title} ${offer!.plan} (monthly)`,
                price: offer!.amount,
                priceCurrency: (offer!.currencyCode ?? region.currency_code).toUpperCase(),
                availability: restricted ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
                url: `${url}?plan=${encodeURIComponent(offer!.plan)}`,
                priceSpecification: {
                  "@type": "UnitPriceSpecification",
                  price: offer!.amount,
                  priceCurrency: (offer!.currencyCode ?? region.currency_code).toUpperCase(),
                  billingDuration: 1,
                  unitCode: "MON",
                },
              })),
          },
          breadcrumbList([
            { name: "Home", path: `/${countryCode}` },
            ...(category
              ? [{ name: category.name, path: `/${countryCode}/categories/${category.handle}` }]
              : [{ name: "All products", path: `/${countryCode}/store` }]),
            { name: product.title, path: `/${countryCode}/products/${product.handle}` },
          ]),
        ]}
      />
      <ProductTemplate
        product={product}
        region={region}
        countryCode={countryCode}
        restricted={restricted}
        serviceOptions={serviceOptions}
        initialPlan={plan}
        initialTerm={TERMS.find((item) => item === term) as Term | undefined}
      />
    </>
  )
}
