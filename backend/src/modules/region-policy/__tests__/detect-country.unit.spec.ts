import { CountryDetector } from "../utils/detect-country"

const KNOWN = ["us", "ca", "de", "fr", "nl", "es", "it", "ie", "gb", "in"]
const DE_IP = "5.9.0.1" // Hetzner, Germany
const GB_IP = "81.2.69.160"
const IN_IP = "49.44.0.1"
const US_IP = "8.8.8.8"

describe("CountryDetector", () => {
  const behindProxy = new CountryDetector({ trustedProxies: ["127.0.0.1", "10.0.0.0/8"] })

  it("maps the client IP to its country when the request comes straight in", () => {
    const direct = new CountryDetector({ trustedProxies: [] })
    expect(direct.detectCountry({ remoteAddress: DE_IP, knownCountries: KNOWN })).toEqual({
      country_code: "de",
      source: "ip",
      ip: DE_IP,
    })
  })

  it("believes X-Forwarded-For only from a trusted proxy", () => {
    expect(
      behindProxy.detectCountry({ remoteAddress: "127.0.0.1", forwardedFor: GB_IP, knownCountries: KNOWN })
        .country_code
    ).toBe("gb")
    const untrusted = new CountryDetector({ trustedProxies: ["10.0.0.1"] })
    const result = untrusted.detectCountry({
      remoteAddress: US_IP,
      forwardedFor: IN_IP,
      knownCountries: KNOWN,
    })
    expect(result).toEqual({ country_code: "us", source: "ip", ip: US_IP })
  })

  it("tells whether a peer is a trusted proxy (IPv4-mapped addresses and subnets included)", () => {
    expect(behindProxy.isTrustedProxy("127.0.0.1")).toBe(true)
    expect(behindProxy.isTrustedProxy("::ffff:10.1.2.3")).toBe(true)
    expect(behindProxy.isTrustedProxy(US_IP)).toBe(false)
    expect(behindProxy.isTrustedProxy(undefined)).toBe(false)
  })

  it("skips trusted hops and a spoofed left-most address", () => {
    // client spoofs DE, real client is IN, then our own load balancer 10.1.2.3
    const result = behindProxy.detectCountry({
      remoteAddress: "::ffff:127.0.0.1",
      forwardedFor: `${DE_IP}, ${IN_IP}, 10.1.2.3`,
      knownCountries: KNOWN,
    })
    expect(result.country_code).toBe("in")
  })

  it("falls back to Accept-Language when the IP tells nothing", () => {
    const result = behindProxy.detectCountry({
      remoteAddress: "127.0.0.1",
      forwardedFor: "10.0.0.7",
      acceptLanguage: "en-GB;q=0.8, fr-FR, de;q=0.5",
      knownCountries: KNOWN,
    })
    expect(result).toMatchObject({ country_code: "fr", source: "accept-language" })
    expect(
      behindProxy.detectCountry({ remoteAddress: "127.0.0.1", acceptLanguage: "it", knownCountries: KNOWN })
        .country_code
    ).toBe("it")
  })

  it("ignores an IP country the store does not sell in and uses the default last", () => {
    const jp = "1.0.16.1"
    const result = behindProxy.detectCountry({
      remoteAddress: "127.0.0.1",
      forwardedFor: jp,
      acceptLanguage: "ja-JP",
      knownCountries: KNOWN,
    })
    expect(result).toMatchObject({ country_code: "us", source: "default" })
    const eu = new CountryDetector({ defaultCountry: "DE" })
    expect(eu.detectCountry({ knownCountries: KNOWN }).country_code).toBe("de")
  })
})
