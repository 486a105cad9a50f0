import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@lib/data/categories"
import { listFeaturedProducts } from "@lib/data/products"
import { getRegion } from "@lib/data/regions"
import HomeTemplate from "@modules/home/templates/home-template"

export const metadata: Metadata = {
  title: { absolute: "CloudServices — Cloud servers, databases and storage" },
  description:
    "Virtual servers, managed databases, storage, networking, security and email plans, priced in your currency and billed monthly, quarterly or yearly.",
}

export default async function HomePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const region = await getRegion(countryCode)
  if (!region) {
    notFound()
  }
  const [categories, featured] = await Promise.all([
    listCategories(),
    listFeaturedProducts(region.id),
  ])

  return (
    <HomeTemplate
      countryCode={countryCode}
      region={region}
      categories={categories}
      featured={featured}
    />
  )
}
