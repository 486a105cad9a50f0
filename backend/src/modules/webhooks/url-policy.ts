import { lookup as dnsLookup } from "node:dns"
import { lookup } from "node:dns/promises"
import { BlockList, isIP, type LookupFunction } from "node:net"
import { MedusaError } from "@medusajs/framework/utils"

/*
 * Addresses a webhook must never reach unless the operator allows it
 * (`WEBHOOK_ALLOW_PRIVATE=true`, for local use): loopback, private networks,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * multicast and reserved ranges. Otherwise anyone able to add an endpoint
 * could make the server call into its own network (SSRF).
 */
const blockedV4 = new BlockList()
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blockedV4.addSubnet(net, prefix, "ipv4")
}
// (a separate list: Node checks IPv4 addresses against IPv6 rules too, as ::ffff:a.b.c.d)
const blockedV6 = new BlockList()
for (const [net, prefix] of [
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blockedV6.addSubnet(net, prefix, "ipv6")
}

/** Whether an IP address (v4 or v6) is private, loopback, link-local or reserved. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) {
    return blockedV4.check(address, "ipv4")
  }
  if (family !== 6) {
    return true
  }
  // canonical compressed form: "::ffff:127.0.0.1" → "::ffff:7f00:1"
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1)
  const embedded = canonical.match(/^::(ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/)
  if (embedded) {
    // IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d): an IPv4 address in disguise
    const [hi, lo] = [parseInt(embedded[2], 16), parseInt(embedded[3], 16)]
    return isPrivateAddress([hi >> 8, hi & 255, lo >> 8, lo & 255].join("."))
  }
  // unspecified (::), loopback (::1) and the rest of ::/96
  if (/^::[0-9a-f]{0,4}$/.test(canonical)) {
    return true
  }
  return blockedV6.check(address, "ipv6")
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

type Resolve = (host: string) => Promise<{ address: string }[]>

const resolveAll: Resolve = (host) => lookup(host, { all: true, verbatim: true })

/**
 * Checks a webhook URL before it is saved: http(s), no credentials, and —
 * unless `allowPrivate` — a host that is (or resolves only to) public
 * addresses. Throws INVALID_DATA (400) with the reason. `lookup` replaces DNS
 * (tests).
 */
export async function checkWebhookUrl(
  raw: string,
  { allowPrivate, lookup: resolve = resolveAll }: { allowPrivate: boolean; lookup?: Resolve }
): Promise<void> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw refuse(`url ${raw} is not a valid URL`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw refuse("url must use http or https")
  }
  if (url.username || url.password) {
    throw refuse("url must not contain credentials; the signature authenticates the sender")
  }
  if (allowPrivate) {
    return
  }
  const host = url.hostname.replace(/^\[|\]$/g, "")
  if (isIP(host)) {
    if (isPrivateAddress(host)) {
      throw refuse(`url points to a private or local address (${host}); set WEBHOOK_ALLOW_PRIVATE=true to allow it`)
    }
    return
  }
  if (host === "localhost" || host.endsWith(".localhost")) {
    throw refuse(`url points to a local host (${host}); set WEBHOOK_ALLOW_PRIVATE=true to allow it`)
  }
  const addresses = await resolve(host).catch((): { address: string }[] => [])
  if (!addresses.length) {
    throw refuse(`url host ${host} does not resolve`)
  }
  const inside = addresses.find((a) => isPrivateAddress(a.address))
  if (inside) {
    throw refuse(
      `url host ${host} resolves to a private or local address (${inside.address}); set WEBHOOK_ALLOW_PRIVATE=true to allow it`
    )
  }
}

/**
 * A DNS lookup for outgoing requests that refuses private addresses at
 * connect time too, so a host that resolved to a public address when the
 * endpoint was saved can't be re-pointed inside the network later (DNS
 * rebinding). Literal IPs are checked before the request is made.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) {
      return callback(err, "", 4)
    }
    const list = addresses
    const inside = list.find((a) => isPrivateAddress(a.address))
    if (inside) {
      const error = Object.assign(new Error(`refused: ${hostname} resolves to a private address (${inside.address})`), {
        code: "EPRIVATE",
      })
      return callback(error, "", 4)
    }
    if (options.all) {
      return callback(null, list)
    }
    return callback(null, list[0].address, list[0].family)
  })
}
