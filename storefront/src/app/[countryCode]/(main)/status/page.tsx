import type { Metadata } from "next"
import Link from "next/link"
import { getSystemStatus } from "@lib/data/content"
import { pageMetadata } from "@lib/util/seo"

/** The status is checked when the page is asked for, never served from the cache. */
export const dynamic = "force-dynamic"

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    countryCode,
    path: "/status",
    title: "System status",
    description: "Whether the CloudServices website, store and customer services are working right now.",
  })
}

export default async function StatusPage({ params }: Props) {
  const { countryCode } = await params
  const status = await getSystemStatus()
  return (
    <div className="container-content max-w-3xl py-10" data-testid="status-page">
      <h1 className="text-3xl font-semibold text-navy-900">System status</h1>
      <p
        data-testid="status-summary"
        className={`mt-6 rounded-lg border p-4 font-semibold ${
          status.operational ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-amber-200 bg-amber-50 text-amber-900"
        }`}
      >
        {status.operational ? "All systems operational" : "Degraded performance: some services are not answering"}
      </p>
      <ul className="card mt-6 divide-y divide-slate-200">
        {status.components.map((c) => (
          <li key={c.name} className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
            <span className="text-slate-700">{c.name}</span>
            <span className={c.ok ? "text-emerald-700" : "font-semibold text-amber-800"}>{c.ok ? "Operational" : "Degraded"}</span>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-xs text-slate-500">
        Checked {new Date(status.checkedAt).toUTCString()}. Outages are worked on 24/7; see{" "}
        <Link href={`/${countryCode}/sla`} className="text-accent-600 underline">
          our service level agreement
        </Link>
        .
      </p>
    </div>
  )
}
