import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(120 * 1000)

// The test client connects from 127.0.0.1, a trusted proxy by default, so
// X-Forwarded-For stands in for the visitor's address.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    const detect = (headers: Record<string, string>) =>
      api.get("/store/regions/detect", { headers: { ...ctx.storeHeaders.headers, ...headers } })

    describe("GET /store/regions/detect", () => {
      it.each([
        ["5.9.0.1", "de", "Europe"],
        ["81.2.69.160", "gb", "United Kingdom"],
        ["49.44.0.1", "in", "India"],
        ["8.8.8.8", "us", "North America"],
      ])("maps visitor IP %s to %s in %s", async (ip, country, region) => {
        const { data } = await detect({ "x-forwarded-for": ip })
        expect(data.country_code).toBe(country)
        expect(data.source).toBe("ip")
        expect(data.region.name).toBe(region)
        expect(data.region.id).toBe(ctx.regions[region].id)
      })

      it("reads the client behind our proxy chain, not a spoofed first hop", async () => {
        const { data } = await detect({ "x-forwarded-for": "5.9.0.1, 49.44.0.1, 127.0.0.1" })
        expect(data.country_code).toBe("in")
      })

      it("falls back to Accept-Language when the IP is private or unknown", async () => {
        const { data } = await detect({ "x-forwarded-for": "10.1.2.3", "accept-language": "nl-NL,nl;q=0.9,en;q=0.5" })
        expect(data).toMatchObject({ country_code: "nl", source: "accept-language" })
        expect(data.region.name).toBe("Europe")
      })

      it("falls back to the default region when nothing tells", async () => {
        const { data } = await detect({ "x-forwarded-for": "10.1.2.3", "accept-language": "ja-JP" })
        expect(data).toMatchObject({ country_code: "us", source: "default" })
        expect(data.region.name).toBe("North America")
      })

      it("needs the publishable key like every store route", async () => {
        expect(await statusOf(api.get("/store/regions/detect"))).toBe(400)
      })

      it("leaves Medusa's own region routes working", async () => {
        const { data } = await api.get(`/store/regions/${ctx.regions.Europe.id}`, ctx.storeHeaders)
        expect(data.region.name).toBe("Europe")
      })
    })
  },
})
