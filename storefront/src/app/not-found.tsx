import type { Metadata } from "next"
import Link from "next/link"
import { CloudIcon } from "@modules/common/icons"

export const metadata: Metadata = {
  title: "Page not found",
  description: "The page you are looking for does not exist.",
}

export default function NotFound() {
  return (
    <main className="flex flex-1 flex-col items-center justify-center bg-navy-900 px-6 py-24 text-center text-white">
      <CloudIcon className="h-14 w-14 text-accent-400" />
      <p className="mt-6 text-sm font-semibold uppercase tracking-widest text-accent-300">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page drifted away</h1>
      <p className="mt-3 max-w-md text-slate-300">
        We could not find the page you asked for. It may have moved, or the address may be mistyped.
      </p>
      <Link href="/" className="btn-primary mt-8">
        Go to the homepage
      </Link>
    </main>
  )
}
