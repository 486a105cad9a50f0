import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductByHandle, getServiceOptions, listRestrictedProductIds } from "@lib/data/products"
import { getRegion } from "@lib/data/regions"
import { TERMS, type Term } from "@lib/util/product"
import ProductTemplate from "@modules/catalog/templates/product-template"

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
  return {
    title: product.title,
    description:
      product.subtitle ||
      product.description?.slice(0, 160) ||
      `${product.title} plans and prices at CloudServices.`,
  }
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
  const serviceOptions = await getServiceOptions(product.id)

  return (
    <ProductTemplate
      product={product}
      region={region}
      countryCode={countryCode}
      restricted={restrictedIds.includes(product.id)}
      serviceOptions={serviceOptions}
      initialPlan={plan}
      initialTerm={TERMS.find((item) => item === term) as Term | undefined}
    />
  )
}
