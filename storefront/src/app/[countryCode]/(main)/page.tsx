import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCategories } from "@lib/data/categories"
import { listFeaturedProducts } from "@lib/data/products"
import { getRegion } from "@lib/data/regions"
import { getCompany } from "@lib/data/content"
import { SITE_NAME, siteUrl } from "@lib/constants"
import { pageMetadata } from "@lib/util/seo"
import JsonLd from "@modules/content/components/json-ld"
import HomeTemplate from "@modules/home/templates/home-template"

export async function generateMetadata({ params }: { params: Promise<{ countryCode: string }> }): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/",
    title: "CloudServices — Cloud servers, databases and storage",
    absoluteTitle: true,
    description:
      "Virtual servers, managed databases, storage, networking, security and email plans, priced in your currency and billed monthly, quarterly or yearly.",
  })
}

export default async function HomePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const region = await getRegion(countryCode)
  if (!region) {
    notFound()
  }
  const [categories, featured, company] = await Promise.all([
    listCategories(),
    listFeaturedProducts(region.id),
    getCompany(),
  ])
  const base = siteUrl()

  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: company?.name ?? SITE_NAME,
          url: `${base}/${countryCode}`,
          logo: `${base}/icon.svg`,
          ...(company?.email ? { email: company.email } : {}),
          ...(company?.phone ? { telephone: company.phone } : {}),
          ...(company?.address ? { address: company.address } : {}),
          contactPoint: {
            "@type": "ContactPoint",
            contactType: "customer support",
            url: `${base}/${countryCode}/contact`,
            ...(company?.email ? { email: company.email } : {}),
            ...(company?.phone ? { telephone: company.phone } : {}),
          },
        }}
      />
      <HomeTemplate
        countryCode={countryCode}
        region={region}
        categories={categories}
        featured={featured}
      />
    </>
  )
}
