import type { MetadataRoute } from "next"
import { listCategories } from "@lib/data/categories"
import { listPosts, listResources, type PostSummary } from "@lib/data/content"
import { listHelpArticles } from "@lib/data/help"
import { listAllProducts } from "@lib/data/products"
import { listRegions } from "@lib/data/regions"
import { siteUrl } from "@lib/constants"

// read when asked (the data fetches are cached by tag), never at build time
export const dynamic = "force-dynamic"

/** Pages every country has, with how often they change. */
const STATIC_PAGES: { path: string; changeFrequency: "daily" | "weekly" | "monthly"; priority: number }[] = [
  { path: "", changeFrequency: "daily", priority: 1 },
  { path: "/store", changeFrequency: "daily", priority: 0.9 },
  { path: "/pricing", changeFrequency: "weekly", priority: 0.9 },
  { path: "/solutions", changeFrequency: "monthly", priority: 0.8 },
  { path: "/help", changeFrequency: "weekly", priority: 0.6 },
  { path: "/help/faq", changeFrequency: "weekly", priority: 0.6 },
  { path: "/blog", changeFrequency: "daily", priority: 0.6 },
  { path: "/resources", changeFrequency: "monthly", priority: 0.5 },
  { path: "/about", changeFrequency: "monthly", priority: 0.5 },
  { path: "/contact", changeFrequency: "monthly", priority: 0.5 },
  { path: "/status", changeFrequency: "daily", priority: 0.3 },
  { path: "/terms", changeFrequency: "monthly", priority: 0.3 },
  { path: "/privacy", changeFrequency: "monthly", priority: 0.3 },
  { path: "/acceptable-use", changeFrequency: "monthly", priority: 0.3 },
  { path: "/sla", changeFrequency: "monthly", priority: 0.3 },
]

async function allPosts(): Promise<PostSummary[]> {
  const posts: PostSummary[] = []
  for (let offset = 0; offset < 5000; offset += 100) {
    const page = await listPosts({ limit: 100, offset }).catch(() => null)
    if (!page) break
    posts.push(...page.posts)
    if (page.posts.length < 100 || posts.length >= page.count) break
  }
  return posts
}

/**
 * Every public URL in every country the store sells to, each with its
 * hreflang alternates (the same page in the other countries).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const regions = await listRegions().catch(() => [])
  const countriesOf = (region: (typeof regions)[number]) =>
    (region.countries ?? []).map((c) => c.iso_2?.toLowerCase()).filter((c): c is string => Boolean(c))
  const allCountries = [...new Set(regions.flatMap(countriesOf))].sort()

  // which countries list each product (a product restricted in a region is missing there)
  const productCountries = new Map<string, { countries: string[]; updatedAt?: string }>()
  await Promise.all(
    regions.map(async (region) => {
      const products = await listAllProducts(region.id).catch(() => [])
      for (const product of products) {
        if (!product.handle) continue
        const entry = productCountries.get(product.handle) ?? { countries: [], updatedAt: product.updated_at ?? undefined }
        entry.countries.push(...countriesOf(region))
        productCountries.set(product.handle, entry)
      }
    })
  )
  const [categories, help, posts, resources] = await Promise.all([
    listCategories().catch(() => []),
    listHelpArticles({ limit: 100 }).catch(() => ({ articles: [] })),
    allPosts(),
    listResources().catch(() => null),
  ])

  const entries: MetadataRoute.Sitemap = []
  const add = (
    path: string,
    countries: string[],
    extra: Omit<MetadataRoute.Sitemap[number], "url" | "alternates"> = {}
  ) => {
    const languages: Record<string, string> = {}
    for (const code of countries) {
      languages[`en-${code.toUpperCase()}`] = `${base}/${code}${path}`
    }
    for (const code of countries) {
      entries.push({ url: `${base}/${code}${path}`, ...extra, alternates: { languages } })
    }
  }

  for (const page of STATIC_PAGES) {
    add(page.path, allCountries, { changeFrequency: page.changeFrequency, priority: page.priority })
  }
  for (const category of categories) {
    add(`/categories/${category.handle}`, allCountries, { changeFrequency: "weekly", priority: 0.8 })
  }
  for (const [handle, { countries, updatedAt }] of productCountries) {
    add(`/products/${handle}`, [...new Set(countries)].sort(), {
      changeFrequency: "weekly",
      priority: 0.9,
      ...(updatedAt ? { lastModified: updatedAt } : {}),
    })
  }
  for (const article of help.articles) {
    add(`/help/${article.handle}`, allCountries, { lastModified: article.updated_at, priority: 0.5 })
  }
  for (const post of posts) {
    add(`/blog/${post.handle}`, allCountries, { lastModified: post.updated_at, priority: 0.6 })
  }
  for (const resource of resources ?? []) {
    if (resource.kind === "guide" || !resource.url) {
      add(`/resources/${resource.handle}`, allCountries, { lastModified: resource.updated_at, priority: 0.4 })
    }
  }
  return entries
}
