import Link from "next/link"
import { listCategories } from "@lib/data/categories"
import { getCompany } from "@lib/data/content"
import { listRegions } from "@lib/data/regions"
import CountrySelect, { type RegionOption } from "@modules/layout/components/country-select"
import Logo from "@modules/layout/components/logo"

export default async function Footer({ countryCode }: { countryCode: string }) {
  const [categories, regions, company] = await Promise.all([
    listCategories().catch(() => []),
    listRegions().catch(() => []),
    getCompany(),
  ])
  const link = (path: string, label: string) => (
    <li key={path}>
      <Link href={`/${countryCode}${path}`} prefetch={false} className="rounded hover:text-white">
        {label}
      </Link>
    </li>
  )

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
      <div className="container-content grid grid-cols-2 gap-10 py-12 md:grid-cols-4 lg:grid-cols-5">
        <div className="col-span-2 md:col-span-4 lg:col-span-1">
          <Logo countryCode={countryCode} />
          <p className="mt-3 max-w-xs text-sm text-slate-400">
            Virtual servers, managed databases, storage and more — billed monthly, quarterly or
            yearly in your currency.
          </p>
          {company && (
            <address className="mt-4 text-sm not-italic text-slate-400" data-testid="footer-contact">
              <span className="block text-slate-300">{company.name}</span>
              {company.address && <span className="block whitespace-pre-line">{company.address}</span>}
              {company.email && (
                <a href={`mailto:${company.email}`} className="block break-all hover:text-white">
                  {company.email}
                </a>
              )}
              {company.phone && (
                <a href={`tel:${company.phone.replace(/[^+\d]/g, "")}`} className="block hover:text-white">
                  {company.phone}
                </a>
              )}
            </address>
          )}
        </div>
        <div>
          <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">Products</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={`/${countryCode}/categories/${category.handle}`} prefetch={false} className="rounded hover:text-white">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">Shop</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {link("/store", "All products")}
            {link("/solutions", "Solutions")}
            {link("/pricing", "Pricing")}
            {link("/account", "Your account")}
            {link("/cart", "Cart")}
          </ul>
        </div>
        <div>
          <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">Company</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {link("/about", "About us")}
            {link("/contact", "Contact")}
            {link("/blog", "Blog")}
            {link("/resources", "Resources")}
            {link("/help", "Help center")}
            {link("/status", "System status")}
          </ul>
        </div>
        <div>
          <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-400">Legal</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {link("/terms", "Terms of Service")}
            {link("/privacy", "Privacy Policy")}
            {link("/acceptable-use", "Acceptable Use")}
            {link("/sla", "Service Level Agreement")}
          </ul>
        </div>
      </div>
      <div className="border-t border-navy-800">
        {regionOptions.length > 0 && (
          <div className="container-content pt-6">
            <CountrySelect countryCode={countryCode} regions={regionOptions} />
          </div>
        )}
        {/* the bottom padding keeps the chat button clear of the footer's last row */}
        <div className="container-content flex flex-col gap-2 pb-24 pt-6 text-xs text-slate-400 sm:flex-row sm:justify-between">
          <p>© {new Date().getFullYear()} CloudServices. Taxes are calculated at checkout.</p>
          <p>Prices shown in your region&apos;s currency.</p>
        </div>
      </div>
    </footer>
  )
}
