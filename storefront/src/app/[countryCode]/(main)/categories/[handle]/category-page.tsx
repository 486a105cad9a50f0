import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle, listCategories } from "@lib/data/categories"
import { getRegion } from "@lib/data/regions"
import { breadcrumbList, pageMetadata } from "@lib/util/seo"
import StoreTemplate from "@modules/catalog/templates/store-template"
import JsonLd from "@modules/content/components/json-ld"

type Props = {
  params: Promise<{ countryCode: string; handle: string }>
  searchParams: Promise<{ q?: string; page?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const category = await getCategoryByHandle(handle).catch(() => null)
  if (!category) {
    return { title: "Category not found" }
  }
  return pageMetadata({
    countryCode,
    path: `/categories/${category.handle}`,
    title: `${category.name} plans`,
    description:
      category.description || `Compare CloudServices ${category.name.toLowerCase()} plans and prices.`,
  })
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { countryCode, handle } = await params
  const { q, page } = await searchParams
  const [region, categories] = await Promise.all([getRegion(countryCode), listCategories()])
  const category = categories.find((item) => item.handle === handle)
  if (!region || !category) {
    notFound()
  }

  return (
    <>
      <JsonLd
        data={breadcrumbList([
          { name: "Home", path: `/${countryCode}` },
          { name: "All products", path: `/${countryCode}/store` },
          { name: category.name, path: `/${countryCode}/categories/${category.handle}` },
        ])}
      />
      <StoreTemplate
        countryCode={countryCode}
        region={region}
        categories={categories}
        category={category}
        q={q?.trim() || undefined}
        page={Math.max(1, Number.parseInt(page ?? "1", 10) || 1)}
        categoryPage
      />
    </>
  )
}
