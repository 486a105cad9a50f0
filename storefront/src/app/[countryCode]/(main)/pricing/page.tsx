import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@lib/data/categories"
import { listAllProducts } from "@lib/data/products"
import { getRegion } from "@lib/data/regions"
import { pageMetadata } from "@lib/util/seo"
import PricingTemplate from "@modules/catalog/templates/pricing-template"

export async function generateMetadata({ params }: { params: Promise<{ countryCode: string }> }): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/pricing",
    title: "Pricing",
    description:
      "Compare every CloudServices plan side by side: specifications and monthly prices in your currency.",
  })
}

export default async function PricingPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const region = await getRegion(countryCode)
  if (!region) {
    notFound()
  }
  const [categories, products] = await Promise.all([listCategories(), listAllProducts(region.id)])

  return (
    <PricingTemplate
      countryCode={countryCode}
      region={region}
      categories={categories}
      products={products}
    />
  )
}
