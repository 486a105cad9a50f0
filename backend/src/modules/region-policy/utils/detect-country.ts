import geoip from "geoip-country"

export type DetectCountryInput = {
  /** the client's address, when known */
  ip?: string | null
  acceptLanguage?: string | null
  /** Countries the store sells in (lower-case iso-2). */
  knownCountries: string[]
}

export type DetectedCountry = {
  country_code: string
  source: "ip" | "accept-language" | "default"
  ip: string | null
}

/**
 * Works out a visitor's country: IP (offline database) → Accept-Language →
 * default. The caller says what the client's address is (src/lib/client-address.ts
 * reads it behind trusted proxies).
 */
export class CountryDetector {
  protected readonly defaultCountry_: string

  constructor(options: { defaultCountry?: string } = {}) {
    this.defaultCountry_ = (options.defaultCountry || "us").toLowerCase()
  }

  /** IP → country (offline database), else Accept-Language, else the default. */
  detectCountry(input: DetectCountryInput): DetectedCountry {
    const known = new Set(input.knownCountries.map((c) => c.toLowerCase()))
    const ip = input.ip || null
    const fromIp = ip ? geoip.lookup(ip)?.country?.toLowerCase() : undefined
    if (fromIp && known.has(fromIp)) {
      return { country_code: fromIp, source: "ip", ip }
    }
    const fromLanguage = this.countryFromAcceptLanguage(input.acceptLanguage, known)
    if (fromLanguage) {
      return { country_code: fromLanguage, source: "accept-language", ip }
    }
    const fallback = known.has(this.defaultCountry_)
      ? this.defaultCountry_
      : [...known][0] ?? this.defaultCountry_
    return { country_code: fallback, source: "default", ip }
  }

  /** "de-DE,en-GB;q=0.8" → the highest-weighted tag whose country we sell in. */
  protected countryFromAcceptLanguage(
    header: string | null | undefined,
    known: Set<string>
  ): string | null {
    if (!header) {
      return null
    }
    const tags = header
      .split(",")
      .map((part) => {
        const [tag, ...params] = part.trim().split(";")
        const q = params.find((p) => p.trim().startsWith("q="))
        return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 }
      })
      .filter((t) => t.tag && t.q > 0)
      .sort((a, b) => b.q - a.q)
    for (const { tag } of tags) {
      const region = tag.split("-")[1]
      if (region && region.length === 2 && known.has(region)) {
        return region
      }
    }
    // a bare language whose country shares its code ("de", "fr", "it", "es", "nl")
    for (const { tag } of tags) {
      const lang = tag.split("-")[0]
      if (!tag.includes("-") && known.has(lang)) {
        return lang
      }
    }
    return null
  }
}
