import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle, listCategories } from "@lib/data/categories"
import { getRegion } from "@lib/data/regions"
import StoreTemplate from "@modules/catalog/templates/store-template"

type Props = {
  params: Promise<{ countryCode: string; handle: string }>
  searchParams: Promise<{ q?: string; page?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const category = await getCategoryByHandle(handle).catch(() => null)
  if (!category) {
    return { title: "Category not found" }
  }
  return {
    title: `${category.name} plans`,
    description:
      category.description || `Compare CloudServices ${category.name.toLowerCase()} plans and prices.`,
  }
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
    <StoreTemplate
      countryCode={countryCode}
      region={region}
      categories={categories}
      category={category}
      q={q?.trim() || undefined}
      page={Math.max(1, Number.parseInt(page ?? "1", 10) || 1)}
      categoryPage
    />
  )
}
