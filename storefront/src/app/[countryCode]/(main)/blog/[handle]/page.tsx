import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCompany, getPost } from "@lib/data/content"
import { SITE_NAME, siteUrl } from "@lib/constants"
import { breadcrumbList, pageMetadata } from "@lib/util/seo"
import JsonLd from "@modules/content/components/json-ld"
import BlogPostTemplate from "@modules/content/templates/blog-post-template"

/** Rendered on the first visit of each handle, then cached until its tags are flushed. */
export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

type Props = { params: Promise<{ countryCode: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const post = await getPost(handle).catch(() => null)
  if (!post) {
    return { title: "Post not found" }
  }
  return pageMetadata({
    countryCode,
    path: `/blog/${post.handle}`,
    title: post.title,
    description: post.excerpt || `${post.title} — on the CloudServices blog.`,
    type: "article",
    image: post.cover_image_url,
  })
}

export default async function BlogPostPage({ params }: Props) {
  const { countryCode, handle } = await params
  const [post, company] = await Promise.all([getPost(handle), getCompany()])
  if (!post) {
    notFound()
  }
  const url = `${siteUrl()}/${countryCode}/blog/${post.handle}`
  return (
    <>
      <JsonLd
        data={[
          {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            headline: post.title,
            description: post.excerpt ?? undefined,
            datePublished: post.published_at ?? post.updated_at,
            dateModified: post.updated_at,
            author: post.author ? { "@type": "Person", name: post.author } : { "@type": "Organization", name: company?.name ?? SITE_NAME },
            publisher: { "@type": "Organization", name: company?.name ?? SITE_NAME },
            keywords: post.tags?.join(", ") || undefined,
            image: post.cover_image_url ?? undefined,
            mainEntityOfPage: url,
            url,
          },
          breadcrumbList([
            { name: "Home", path: `/${countryCode}` },
            { name: "Blog", path: `/${countryCode}/blog` },
            { name: post.title, path: `/${countryCode}/blog/${post.handle}` },
          ]),
        ]}
      />
      <BlogPostTemplate post={post} countryCode={countryCode} />
    </>
  )
}
