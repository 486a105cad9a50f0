"use client"

import Link from "next/link"
import { useParams } from "next/navigation"
import { CloudIcon } from "@modules/common/icons"

/** Shown when a page cannot be rendered, e.g. while the backend is unreachable. */
export default function CountryError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ countryCode?: string }>()
  const home = params?.countryCode ? `/${params.countryCode}` : "/"

  return (
    <main className="flex flex-1 flex-col items-center justify-center bg-navy-900 px-6 py-24 text-center text-white">
      <CloudIcon className="h-14 w-14 text-accent-400" />
      <h1 className="mt-6 text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 max-w-md text-slate-300">
        We could not load this page right now. Please try again in a moment.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => reset()} className="btn-primary">
          Try again
        </button>
        <Link href={home} className="btn border border-slate-500 text-white hover:bg-navy-800">
          Go to the homepage
        </Link>
      </div>
    </main>
  )
}
