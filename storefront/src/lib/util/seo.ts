import "server-only"

import type { Metadata } from "next"
import { listRegions } from "@lib/data/regions"
import { SITE_NAME, siteUrl } from "@lib/constants"

/** Every country code the store sells to (lowercase), from the regions. */
export async function listCountryCodes(): Promise<string[]> {
  const regions = await listRegions().catch(() => [])
  const codes = regions.flatMap((r) => (r.countries ?? []).map((c) => c.iso_2?.toLowerCase()).filter(Boolean) as string[])
  return [...new Set(codes)].sort()
}

/** hreflang alternates of one country-less path ("/pricing") in every country, plus x-default. */
export async function languageAlternates(path: string): Promise<Record<string, string>> {
  const base = siteUrl()
  const codes = await listCountryCodes()
  const fallback = (process.env.DEFAULT_COUNTRY_CODE || "us").toLowerCase()
  const languages: Record<string, string> = {}
  for (const code of codes) {
    languages[`en-${code.toUpperCase()}`] = `${base}/${code}${path}`
  }
  languages["x-default"] = `${base}/${codes.includes(fallback) ? fallback : (codes[0] ?? fallback)}${path}`
  return languages
}

/**
 * A page's title, description, canonical URL, hreflang alternates and social
 * cards. `path` is the page's path without the country ("/blog/hello").
 */
export async function pageMetadata({
  countryCode,
  path,
  title,
  description,
  type = "website",
  absoluteTitle = false,
  image,
}: {
  countryCode: string
  path: string
  title: string
  description: string
  type?: "website" | "article"
  absoluteTitle?: boolean
  /** an absolute image URL for the social cards */
  image?: string | null
}): Promise<Metadata> {
  const url = `${siteUrl()}/${countryCode}${path === "/" ? "" : path}`
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: await languageAlternates(path === "/" ? "" : path) },
    openGraph: {
      type,
      url,
      title,
      description,
      siteName: SITE_NAME,
      locale: `en_${countryCode.toUpperCase()}`,
      ...(image ? { images: [image] } : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, ...(image ? { images: [image] } : {}) },
  }
}

/** A schema.org BreadcrumbList from (name, path-with-country) pairs. */
export function breadcrumbList(items: { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: `${siteUrl()}${item.path}`,
    })),
  }
}
