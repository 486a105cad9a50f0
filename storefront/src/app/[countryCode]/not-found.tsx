import type { Metadata } from "next"
import { cookies, headers } from "next/headers"
import Link from "next/link"
import { COUNTRY_COOKIE } from "@lib/constants"
import Footer from "@modules/layout/templates/footer"
import Nav from "@modules/layout/templates/nav"

export const metadata: Metadata = {
  title: "Page not found",
  description: "The page you are looking for does not exist.",
}

/** Not-found inside a country: keeps the shop's header and footer. */
export default async function CountryNotFound() {
  const countryCode =
    (await headers()).get("x-country-code") ||
    (await cookies()).get(COUNTRY_COOKIE)?.value ||
    process.env.DEFAULT_COUNTRY_CODE ||
    "us"

  return (
    <>
      <Nav countryCode={countryCode} />
      <main id="main-content" className="container-content flex flex-1 flex-col items-center py-24 text-center">
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
      </main>
      <Footer countryCode={countryCode} />
    </>
  )
}
