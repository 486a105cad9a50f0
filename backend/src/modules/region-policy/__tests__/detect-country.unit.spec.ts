import { CountryDetector } from "../utils/detect-country"

const KNOWN = ["us", "ca", "de", "fr", "nl", "es", "it", "ie", "gb", "in"]
const DE_IP = "5.9.0.1" // Hetzner, Germany

describe("CountryDetector", () => {
  const detector = new CountryDetector()

  it("maps the client IP to its country", () => {
    expect(detector.detectCountry({ ip: DE_IP, knownCountries: KNOWN })).toEqual({
      country_code: "de",
      source: "ip",
      ip: DE_IP,
    })
  })

  it("falls back to Accept-Language when the IP tells nothing", () => {
    const result = detector.detectCountry({
      ip: "10.0.0.7",
      acceptLanguage: "en-GB;q=0.8, fr-FR, de;q=0.5",
      knownCountries: KNOWN,
    })
    expect(result).toMatchObject({ country_code: "fr", source: "accept-language" })
    expect(detector.detectCountry({ ip: "127.0.0.1", acceptLanguage: "it", knownCountries: KNOWN }).country_code).toBe("it")
  })

  it("ignores an IP country the store does not sell in and uses the default last", () => {
    const jp = "1.0.16.1"
    const result = detector.detectCountry({ ip: jp, acceptLanguage: "ja-JP", knownCountries: KNOWN })
    expect(result).toMatchObject({ country_code: "us", source: "default" })
    const eu = new CountryDetector({ defaultCountry: "DE" })
    expect(eu.detectCountry({ knownCountries: KNOWN }).country_code).toBe("de")
  })
})
