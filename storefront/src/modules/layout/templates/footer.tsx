import Link from "next/link"
import { listCategories } from "@lib/data/categories"
import { listRegions } from "@lib/data/regions"
import CountrySelect, { type RegionOption } from "@modules/layout/components/country-select"
import Logo from "@modules/layout/components/logo"

export default async function Footer({ countryCode }: { countryCode: string }) {
  const [categories, regions] = await Promise.all([
    listCategories().catch(() => []),
    listRegions().catch(() => []),
  ])

  const regionOptions: RegionOption[] = regions.map((region) => ({
    id: region.id,
    name: region.name,
    currency: region.currency_code,
    countries: (region.countries ?? [])
      .filter((country) => country.iso_2)
      .map((country) => ({
        code: country.iso_2!,
        name: country.display_name || country.name || country.iso_2!.toUpperCase(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }))

  return (
    <footer className="mt-auto bg-navy-950 text-slate-300">
      <div className="container-content grid gap-10 py-12 md:grid-cols-4">
        <div className="md:col-span-1">
          <Logo countryCode={countryCode} />
          <p className="mt-3 max-w-xs text-sm text-slate-400">
            Virtual servers, managed databases, storage and more — billed monthly, quarterly or
            yearly in your currency.
          </p>
        </div>
        <div>
          <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">Products</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={`/${countryCode}/categories/${category.handle}`} className="rounded hover:text-white">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">Company</h2>
          <ul className="mt-3 space-y-2 text-sm">
            <li>
              <Link href={`/${countryCode}/store`} className="rounded hover:text-white">All products</Link>
            </li>
            <li>
              <Link href={`/${countryCode}/pricing`} className="rounded hover:text-white">Pricing</Link>
            </li>
            <li>
              <Link href={`/${countryCode}/help`} className="rounded hover:text-white">Help center</Link>
            </li>
            <li>
              <Link href={`/${countryCode}/account`} className="rounded hover:text-white">Your account</Link>
            </li>
            <li>
              <Link href={`/${countryCode}/cart`} className="rounded hover:text-white">Cart</Link>
            </li>
          </ul>
        </div>
        <div>
          {regionOptions.length > 0 && <CountrySelect countryCode={countryCode} regions={regionOptions} />}
        </div>
      </div>
      <div className="border-t border-navy-800">
        <div className="container-content flex flex-col gap-2 py-6 text-xs text-slate-500 sm:flex-row sm:justify-between">
          <p>© {new Date().getFullYear()} CloudServices. Taxes are calculated at checkout.</p>
          <p>Prices shown in your region&apos;s currency.</p>
        </div>
      </div>
    </footer>
  )
}
