import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle, listCategories } from "@lib/data/categories"
import { getRegion } from "@lib/data/regions"
import { pageMetadata } from "@lib/util/seo"
import StoreTemplate from "@modules/catalog/templates/store-template"

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ q?: string; category?: string; page?: string }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { countryCode } = await params
  const { q, category } = await searchParams
  const found = category ? await getCategoryByHandle(category).catch(() => null) : null
  const title = q ? `Search results for “${q}”` : found ? `${found.name} plans` : "All products"
  const metadata = await pageMetadata({
    countryCode,
    // a category filter's canonical is the category's own page
    path: found ? `/categories/${found.handle}` : "/store",
    title,
    description:
      "Browse every CloudServices plan: compute, databases, storage, networking, security and email.",
  })
  return q ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

export default async function StorePage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const { q, category: handle, page } = await searchParams
  const region = await getRegion(countryCode)
  if (!region) {
    notFound()
  }
  const categories = await listCategories()
  const category = handle ? (categories.find((item) => item.handle === handle) ?? null) : null

  return (
    <StoreTemplate
      countryCode={countryCode}
      region={region}
      categories={categories}
      category={category}
      q={q?.trim() || undefined}
      page={Math.max(1, Number.parseInt(page ?? "1", 10) || 1)}
    />
  )
}
