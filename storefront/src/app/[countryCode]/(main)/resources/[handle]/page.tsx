import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getResource } from "@lib/data/content"
import { breadcrumbList, pageMetadata } from "@lib/util/seo"
import ContentBody from "@modules/content/components/content-body"
import JsonLd from "@modules/content/components/json-ld"

/** Rendered on the first visit of each handle, then cached until its tags are flushed. */
export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

type Props = { params: Promise<{ countryCode: string; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, handle } = await params
  const resource = await getResource(handle).catch(() => null)
  if (!resource) {
    return { title: "Resource not found" }
  }
  return pageMetadata({
    countryCode,
    path: `/resources/${resource.handle}`,
    title: resource.title,
    description: resource.description || `${resource.title} — a CloudServices guide.`,
    type: "article",
  })
}

/** A guide from the resources page (downloads and links go straight to their address). */
export default async function ResourcePage({ params }: Props) {
  const { countryCode, handle } = await params
  const resource = await getResource(handle)
  if (!resource) {
    notFound()
  }
  return (
    <article className="container-content max-w-3xl py-10" data-testid="resource-guide">
      <JsonLd
        data={breadcrumbList([
          { name: "Home", path: `/${countryCode}` },
          { name: "Resources", path: `/${countryCode}/resources` },
          { name: resource.title, path: `/${countryCode}/resources/${resource.handle}` },
        ])}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href={`/${countryCode}/resources`} className="hover:text-accent-600">
          Resources
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl font-semibold text-navy-900">{resource.title}</h1>
      {resource.description && <p className="mt-2 text-lg text-slate-600">{resource.description}</p>}
      <div className="mt-8">
        <ContentBody html={resource.body_html} markdown={resource.body ?? ""} testId="resource-body" />
      </div>
      {resource.url && (
        <p className="mt-8">
          <a href={resource.url} className="btn-primary" rel="noopener">
            {resource.kind === "download" ? "Download" : "Open"}
          </a>
        </p>
      )}
    </article>
  )
}
