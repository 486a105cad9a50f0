"use client"

import Link from "next/link"
import { useParams } from "next/navigation"

/**
 * What a country page shows for an unknown path or plan. A client component: the country comes
 * from the URL in the browser, so the not-found boundary stays static inside the cached pages.
 */
export default function NotFoundBody() {
  const params = useParams<{ countryCode?: string }>()
  const countryCode = params?.countryCode ?? "us"
  return (
    <div className="container-content flex flex-1 flex-col items-center py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-widest text-accent-600">404</p>
      <h1 className="mt-2 text-3xl font-bold text-navy-900">Page not found</h1>
      <p className="mt-3 max-w-md text-slate-600">
        The page or plan you are looking for does not exist or is no longer offered.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href={`/${countryCode}`} className="btn-primary">
          Go to the homepage
        </Link>
        <Link href={`/${countryCode}/store`} className="btn-secondary">
          Browse all products
        </Link>
      </div>
    </div>
  )
}
