import type { Metadata } from "next"
import BlogPage, { generateMetadata as metadataFor } from "./blog-page"

type Props = { params: Promise<{ countryCode: string }> }

/**
 * Without a query string the page is the same for every visitor: rendered once and served from
 * the cache until its data's tags are flushed. The middleware sends the page's query variants to
 * the per-request twin under /[countryCode]/variant/blog.
 */
const noQuery = Promise.resolve({})

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor({ params, searchParams: noQuery })
}

export default function CachedBlogPage({ params }: Props) {
  return BlogPage({ params, searchParams: noQuery })
}
