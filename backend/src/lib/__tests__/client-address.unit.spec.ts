import { clientAddress, fromTrustedProxy, TrustedProxies, trustedProxies, trustedProxyList } from "../client-address"

const DE_IP = "5.9.0.1"
const GB_IP = "81.2.69.160"
const IN_IP = "49.44.0.1"
const US_IP = "8.8.8.8"

describe("client address behind trusted proxies", () => {
  const behindProxy = new TrustedProxies(["127.0.0.1", "10.0.0.0/8"])

  it("is the peer's address when the request comes straight in", () => {
    expect(new TrustedProxies([]).clientIp(DE_IP, GB_IP)).toBe(DE_IP)
    expect(behindProxy.clientIp(`::ffff:${US_IP}`, null)).toBe(US_IP)
  })

  it("believes X-Forwarded-For only from a trusted proxy", () => {
    expect(behindProxy.clientIp("127.0.0.1", GB_IP)).toBe(GB_IP)
    expect(new TrustedProxies(["10.0.0.1"]).clientIp(US_IP, IN_IP)).toBe(US_IP)
  })

  it("tells whether a peer is a trusted proxy (IPv4-mapped addresses and subnets included)", () => {
    expect(behindProxy.isTrusted("127.0.0.1")).toBe(true)
    expect(behindProxy.isTrusted("::ffff:10.1.2.3")).toBe(true)
    expect(behindProxy.isTrusted(US_IP)).toBe(false)
    expect(behindProxy.isTrusted(undefined)).toBe(false)
  })

  it("skips trusted hops and a spoofed left-most address", () => {
    // client spoofs DE, real client is IN, then our own load balancer 10.1.2.3
    expect(behindProxy.clientIp("::ffff:127.0.0.1", `${DE_IP}, ${IN_IP}, 10.1.2.3`)).toBe(IN_IP)
    // every hop trusted: the left-most one
    expect(behindProxy.clientIp("127.0.0.1", ["10.0.0.9", "10.0.0.8"])).toBe("10.0.0.9")
  })

  it("reads TRUSTED_PROXIES (loopback by default) and the request's peer and header", () => {
    expect(trustedProxyList({})).toEqual(["127.0.0.1", "::1"])
    expect(trustedProxyList({ TRUSTED_PROXIES: " 10.0.0.0/8, ,::1" })).toEqual(["10.0.0.0/8", "::1"])
    const proxies = trustedProxies({ TRUSTED_PROXIES: "10.0.0.0/8" })
    const req = { socket: { remoteAddress: "10.2.3.4" }, headers: { "x-forwarded-for": GB_IP } }
    expect(clientAddress(req, proxies)).toBe(GB_IP)
    expect(fromTrustedProxy(req, proxies)).toBe(true)
    expect(clientAddress({ socket: { remoteAddress: US_IP }, headers: { "x-forwarded-for": GB_IP } }, proxies)).toBe(US_IP)
    expect(clientAddress({ socket: null, headers: {} }, proxies)).toBeNull()
  })
})
