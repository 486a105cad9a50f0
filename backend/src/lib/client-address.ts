import { BlockList, isIP } from "node:net"

/**
 * Who is calling: the client's address behind trusted proxies. Pure, read by
 * whatever needs an address (rate limits, security records, the country
 * detection, HSTS behind a proxy). Proxies come from TRUSTED_PROXIES (IPs
 * or CIDRs, comma separated; loopback by default, so the storefront's own
 * server on the same host is believed).
 */

export const DEFAULT_TRUSTED_PROXIES = "127.0.0.1,::1"

/** `::ffff:1.2.3.4` → `1.2.3.4`; trimmed. */
export function normaliseIp(ip: string): string {
  const trimmed = ip.trim()
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

/** The proxies whose X-Forwarded-* headers are believed. */
export class TrustedProxies {
  protected readonly list_ = new BlockList()

  constructor(entries: string[]) {
    for (const entry of entries) {
      const [address, prefix] = entry.trim().split("/")
      const family = isIP(address)
      if (!family) {
        continue
      }
      if (prefix) {
        this.list_.addSubnet(address, Number(prefix), family === 6 ? "ipv6" : "ipv4")
      } else {
        this.list_.addAddress(address, family === 6 ? "ipv6" : "ipv4")
      }
    }
  }

  protected has(ip: string): boolean {
    const family = isIP(ip)
    return !!family && this.list_.check(ip, family === 6 ? "ipv6" : "ipv4")
  }

  /** Whether a peer address is one of the trusted proxies (its X-Forwarded-* headers are believed). */
  isTrusted(remoteAddress?: string | null): boolean {
    return !!remoteAddress && this.has(normaliseIp(remoteAddress))
  }

  /**
   * The client's address: X-Forwarded-For is only believed when the request
   * came through a trusted proxy, and then read right to left up to the
   * first address that is not itself a trusted proxy.
   */
  clientIp(remoteAddress?: string | null, forwardedFor?: string | string[] | null): string | null {
    const remote = remoteAddress ? normaliseIp(remoteAddress) : null
    if (!remote || !this.has(remote) || !forwardedFor) {
      return remote
    }
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
      .split(",")
      .map(normaliseIp)
      .filter((ip) => isIP(ip))
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!this.has(hops[i]) || i === 0) {
        return hops[i]
      }
    }
    return remote
  }
}

/** TRUSTED_PROXIES as a list. */
export function trustedProxyList(env: Record<string, string | undefined> = process.env): string[] {
  return (env.TRUSTED_PROXIES || DEFAULT_TRUSTED_PROXIES)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
}

let cached: { raw: string; proxies: TrustedProxies } | null = null

/** The configured trusted proxies (parsed once per TRUSTED_PROXIES value). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): TrustedProxies {
  const raw = env.TRUSTED_PROXIES || DEFAULT_TRUSTED_PROXIES
  if (cached?.raw !== raw) {
    cached = { raw, proxies: new TrustedProxies(trustedProxyList(env)) }
  }
  return cached.proxies
}

type RequestLike = { socket?: { remoteAddress?: string | null } | null; headers: Record<string, string | string[] | undefined> }

/** The requesting client's address (X-Forwarded-For believed only from trusted proxies), or null. */
export function clientAddress(req: RequestLike, proxies: TrustedProxies = trustedProxies()): string | null {
  return proxies.clientIp(req.socket?.remoteAddress, req.headers["x-forwarded-for"])
}

/** Whether the request's peer is a trusted proxy (the storefront's server, a load balancer). */
export function fromTrustedProxy(req: RequestLike, proxies: TrustedProxies = trustedProxies()): boolean {
  return proxies.isTrusted(req.socket?.remoteAddress)
}
