import type { Metadata } from "next"
import CategoryPage, { generateMetadata as metadataFor } from "./category-page"

type Props = { params: Promise<{ countryCode: string; handle: string }> }

/**
 * Without a query string the page is the same for every visitor: rendered once and served from
 * the cache until its data's tags are flushed. The middleware sends the page's query variants to
 * the per-request twin under /[countryCode]/variant/categories/[handle].
 */
const noQuery = Promise.resolve({})

/** Rendered on the first visit of each handle, then cached (see the country layout). */
export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor({ params, searchParams: noQuery })
}

export default function CachedCategoryPage({ params }: Props) {
  return CategoryPage({ params, searchParams: noQuery })
}
