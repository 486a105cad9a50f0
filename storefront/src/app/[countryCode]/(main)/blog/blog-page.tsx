import type { Metadata } from "next"
import { listPosts } from "@lib/data/content"
import { pageMetadata } from "@lib/util/seo"
import BlogHomeTemplate from "@modules/content/templates/blog-home-template"
import ContentUnavailable from "@modules/content/components/unavailable"

const PER_PAGE = 10

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ tag?: string | string[]; page?: string | string[] }>
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 100) || undefined

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { countryCode } = await params
  const tag = one((await searchParams).tag)
  const metadata = await pageMetadata({
    countryCode,
    path: "/blog",
    title: tag ? `Blog posts tagged ${tag}` : "Blog",
    description: "Product news, guides and engineering notes from CloudServices.",
  })
  // a tag's listing is a filtered view of the blog: not indexed on its own
  return tag ? { ...metadata, robots: { index: false, follow: true } } : metadata
}

export default async function BlogPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const query = await searchParams
  const tag = one(query.tag)
  const page = Math.max(1, Number.parseInt(one(query.page) ?? "1", 10) || 1)
  const list = await listPosts({ tag, limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  if (!list) {
    return <ContentUnavailable title="Blog" countryCode={countryCode} />
  }
  return <BlogHomeTemplate list={list} tag={tag} page={page} perPage={PER_PAGE} countryCode={countryCode} />
}
