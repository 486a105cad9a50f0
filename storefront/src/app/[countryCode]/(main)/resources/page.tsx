import type { Metadata } from "next"
import Link from "next/link"
import { listResources } from "@lib/data/content"
import { pageMetadata } from "@lib/util/seo"
import ContentUnavailable from "@modules/content/components/unavailable"

type Props = { params: Promise<{ countryCode: string }> }

const KIND_LABELS: Record<string, string> = { guide: "Guide", download: "Download", link: "Link" }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/resources",
    title: "Resources",
    description: "Guides, documentation, white papers and tools for running your services at CloudServices.",
  })
}

export default async function ResourcesPage({ params }: Props) {
  const { countryCode } = await params
  const resources = await listResources()
  if (!resources) {
    return <ContentUnavailable title="Resources" countryCode={countryCode} />
  }
  return (
    <div className="container-content max-w-4xl py-10" data-testid="resources">
      <h1 className="text-3xl font-semibold text-navy-900">Resources</h1>
      <p className="mt-2 text-slate-600">
        Guides, documents and tools. For step-by-step answers see the{" "}
        <Link href={`/${countryCode}/help`} className="text-accent-600 underline">
          help center
        </Link>
        .
      </p>
      {!resources.length && <p className="mt-8 text-slate-600">No resources yet.</p>}
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {resources.map((r) => {
          const guide = r.kind === "guide" || !r.url
          const href = guide ? `/${countryCode}/resources/${r.handle}` : r.url!
          const external = !guide && /^https?:\/\//.test(href)
          return (
            <li key={r.id} className="card flex flex-col p-5" data-testid="resource">
              <p className="text-xs font-semibold uppercase tracking-wider text-accent-600">{KIND_LABELS[r.kind] ?? r.kind}</p>
              <h2 className="mt-1 font-semibold text-navy-900">
                {guide ? (
                  <Link href={href} className="hover:text-accent-600">
                    {r.title}
                  </Link>
                ) : (
                  <a href={href} {...(external ? { target: "_blank", rel: "noopener" } : {})} className="hover:text-accent-600">
                    {r.title}
                    {external && <span className="sr-only"> (opens in a new tab)</span>}
                  </a>
                )}
              </h2>
              {r.description && <p className="mt-2 text-sm text-slate-600">{r.description}</p>}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
