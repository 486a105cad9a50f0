import { BlockList, isIP } from "node:net"
import geoip from "geoip-country"

export type DetectCountryInput = {
  remoteAddress?: string | null
  forwardedFor?: string | string[] | null
  acceptLanguage?: string | null
  /** Countries the store sells in (lower-case iso-2). */
  knownCountries: string[]
}

export type DetectedCountry = {
  country_code: string
  source: "ip" | "accept-language" | "default"
  ip: string | null
}

function normaliseIp(ip: string): string {
  const trimmed = ip.trim()
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4
    ? trimmed.slice(7)
    : trimmed
}

/**
 * Works out a visitor's country: IP (offline database) → Accept-Language →
 * default. X-Forwarded-For is believed only from trusted proxies.
 */
export class CountryDetector {
  protected readonly trusted_: BlockList
  protected readonly defaultCountry_: string

  constructor(options: { trustedProxies?: string[]; defaultCountry?: string } = {}) {
    this.trusted_ = new BlockList()
    for (const entry of options.trustedProxies ?? []) {
      const [address, prefix] = entry.trim().split("/")
      if (!isIP(address)) {
        continue
      }
      const family = isIP(address) === 6 ? "ipv6" : "ipv4"
      if (prefix) {
        this.trusted_.addSubnet(address, Number(prefix), family)
      } else {
        this.trusted_.addAddress(address, family)
      }
    }
    this.defaultCountry_ = (options.defaultCountry || "us").toLowerCase()
  }

  protected isTrusted(ip: string): boolean {
    const family = isIP(ip)
    return !!family && this.trusted_.check(ip, family === 6 ? "ipv6" : "ipv4")
  }

  /** Whether a peer address is one of the trusted proxies (its X-Forwarded-* headers are believed). */
  isTrustedProxy(remoteAddress?: string | null): boolean {
    return !!remoteAddress && this.isTrusted(normaliseIp(remoteAddress))
  }

  /**
   * The client's address: X-Forwarded-For is only believed when the request
   * came through a trusted proxy, and then read right to left up to the
   * first address that is not itself a trusted proxy.
   */
  clientIp(remoteAddress?: string | null, forwardedFor?: string | string[] | null): string | null {
    const remote = remoteAddress ? normaliseIp(remoteAddress) : null
    if (!remote || !this.isTrusted(remote) || !forwardedFor) {
      return remote
    }
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
      .split(",")
      .map(normaliseIp)
      .filter((ip) => isIP(ip))
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!this.isTrusted(hops[i]) || i === 0) {
        return hops[i]
      }
    }
    return remote
  }

  /** IP → country (offline database), else Accept-Language, else the default. */
  detectCountry(input: DetectCountryInput): DetectedCountry {
    const known = new Set(input.knownCountries.map((c) => c.toLowerCase()))
    const ip = this.clientIp(input.remoteAddress, input.forwardedFor)
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
