import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listAllProducts } from "@lib/data/products"
import { getRegion } from "@lib/data/regions"
import { pageMetadata } from "@lib/util/seo"
import SolutionsTemplate from "@modules/content/templates/solutions-template"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/solutions",
    title: "Solutions",
    description: "Hosting for websites, SaaS, online shops, dev/test and AI: the CloudServices plans each one needs.",
  })
}

export default async function SolutionsPage({ params }: Props) {
  const { countryCode } = await params
  const region = await getRegion(countryCode)
  if (!region) {
    notFound()
  }
  const products = await listAllProducts(region.id)
  return <SolutionsTemplate products={products} countryCode={countryCode} />
}
