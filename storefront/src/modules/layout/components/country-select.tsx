"use client"

import { usePathname } from "next/navigation"
import { useTransition } from "react"
import { switchCountry } from "@lib/data/cart"

export type CountryOption = { code: string; name: string }
export type RegionOption = { id: string; name: string; currency: string; countries: CountryOption[] }

/** Country / region switcher: prices, currency and availability follow it. */
export default function CountrySelect({
  countryCode,
  regions,
}: {
  countryCode: string
  regions: RegionOption[]
}) {
  const pathname = usePathname()
  const [pending, startTransition] = useTransition()

  const onChange = (code: string) => {
    const rest = pathname.split("/").slice(2).join("/")
    startTransition(async () => {
      await switchCountry(code, `/${rest}${window.location.search}`)
    })
  }

  return (
    <div>
      <label htmlFor="country-select" className="mb-1 block text-xs font-semibold uppercase tracking-wider text-slate-400">
        Country / region
      </label>
      <select
        id="country-select"
        data-testid="country-select"
        value={countryCode}
        disabled={pending}
        onChange={(event) => onChange(event.target.value)}
        className="w-full max-w-xs rounded-md border border-navy-600 bg-navy-800 px-3 py-2 text-sm text-white"
      >
        {regions.map((region) => (
          <optgroup key={region.id} label={`${region.name} (${region.currency.toUpperCase()})`}>
            {region.countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} — {region.currency.toUpperCase()}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
