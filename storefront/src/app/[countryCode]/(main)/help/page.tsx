import type { Metadata } from "next"
import HelpPage, { generateMetadata as metadataFor } from "./help-page"

type Props = { params: Promise<{ countryCode: string }> }

/**
 * Without a query string the page is the same for every visitor: rendered once and served from
 * the cache until its data's tags are flushed. The middleware sends the page's query variants to
 * the per-request twin under /[countryCode]/variant/help.
 */
const noQuery = Promise.resolve({})

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataFor({ params })
}

export default function CachedHelpPage({ params }: Props) {
  return HelpPage({ params, searchParams: noQuery })
}
