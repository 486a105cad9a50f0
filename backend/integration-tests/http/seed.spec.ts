import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoData } from "../../src/scripts/seed"
import { adminHeaders, seedStore, type StoreContext } from "../helpers"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    describe("demo seed", () => {
      it("creates the four selling regions with their currencies and countries", async () => {
        const { data } = await api.get("/store/regions?fields=name,currency_code,*countries", ctx.storeHeaders)
        const regions = Object.fromEntries(
          data.regions.map((r: any) => [r.name, { currency: r.currency_code, countries: r.countries.map((c: any) => c.iso_2).sort() }])
        )
        expect(regions).toEqual({
          "North America": { currency: "usd", countries: ["ca", "us"] },
          Europe: { currency: "eur", countries: ["de", "es", "fr", "ie", "it", "nl"] },
          "United Kingdom": { currency: "gbp", countries: ["gb"] },
          India: { currency: "inr", countries: ["in"] },
        })
      })

      it("lists the six categories and 15–25 products, each plan in three billing terms priced per region", async () => {
        const { data: cats } = await api.get("/store/product-categories?fields=handle", ctx.storeHeaders)
        expect(cats.product_categories.map((c: any) => c.handle).sort()).toEqual(
          ["compute", "databases", "email", "networking", "security", "storage"]
        )
        const { data } = await api.get(
          "/store/products?limit=100&fields=handle,metadata,*options,*options.values,*variants,*variants.prices,*categories",
          ctx.storeHeaders
        )
        expect(data.count).toBeGreaterThanOrEqual(15)
        expect(data.count).toBeLessThanOrEqual(25)
        for (const product of data.products) {
          const terms = product.options.find((o: any) => o.title === "Billing term")
          expect(terms.values.map((v: any) => v.value).sort()).toEqual(["Monthly", "Quarterly", "Yearly"])
          const plans = product.options.find((o: any) => o.title === "Plan").values.length
          expect(product.variants).toHaveLength(plans * 3)
          expect(product.categories).toHaveLength(1)
          expect(Object.keys(product.metadata.service_specs.plans)).toHaveLength(plans)
        }
        const vps = data.products.find((p: any) => p.handle === "cloud-vps")
        expect(vps.metadata.service_specs.plans.Starter).toMatchObject({ vcpu: 1, ram_gb: 2 })
        expect(vps.metadata.service_specs.locations.length).toBeGreaterThan(0)
      })

      it("prices a variant in every region's currency", async () => {
        for (const [name, currency] of [["Europe", "eur"], ["India", "inr"], ["United Kingdom", "gbp"], ["North America", "usd"]]) {
          const { data } = await api.get(
            `/store/products?handle=cloud-vps&region_id=${ctx.regions[name].id}&fields=*variants.calculated_price`,
            ctx.storeHeaders
          )
          const monthly = data.products[0].variants.find((v: any) => v.title === "Standard / Monthly")
          const yearly = data.products[0].variants.find((v: any) => v.title === "Standard / Yearly")
          expect(monthly.calculated_price.currency_code).toBe(currency)
          expect(monthly.calculated_price.calculated_amount).toBeGreaterThan(0)
          // a year costs less than twelve months
          expect(yearly.calculated_price.calculated_amount).toBeLessThan(monthly.calculated_price.calculated_amount * 12)
        }
      })

      it("lets the seeded admin log in", async () => {
        const headers = await adminHeaders(api)
        const { data } = await api.get("/admin/users/me", headers)
        expect(data.user.email).toBe("admin@cloudservices.local")
        const { data: store } = await api.get("/admin/stores", headers)
        expect(store.stores[0].name).toBe("CloudServices")
      })

      it("creates a demo shopper whose email is verified: it signs in straight away", async () => {
        const { data } = await api.post("/auth/customer/emailpass", { email: "shopper@cloudservices.local", password: "Cloud-Demo-2026!" })
        expect(data.verification_required).toBeUndefined()
        const payload = JSON.parse(Buffer.from(data.token.split(".")[1], "base64url").toString())
        expect(payload.actor_id).toMatch(/^cus_/)
      })

      it("changes nothing when run a second time and says so", async () => {
        const container = getContainer()
        const productsBefore = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
        const again = await seedDemoData(container)
        expect(again.changed).toBe(false)
        expect(again.created).toEqual({})
        const productsAfter = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })
        expect(productsAfter.map((p) => p.id).sort()).toEqual(productsBefore.map((p) => p.id).sort())
        const keys = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
        expect(keys.filter((k) => !k.revoked_at)).toHaveLength(1)
        expect(await container.resolve(Modules.REGION).listRegions({})).toHaveLength(4)
        expect(await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({})).toHaveLength(1)
      })
    })
  },
})
