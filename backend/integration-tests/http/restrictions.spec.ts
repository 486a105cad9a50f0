import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  errorOf,
  findVariant,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
} from "../helpers"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    const handles = async (query: string) => {
      const { data } = await api.get(`/store/products?limit=100&fields=handle&${query}`, ctx.storeHeaders)
      return data.products.map((p: { handle: string }) => p.handle) as string[]
    }

    describe("GET/POST /admin/regions/:id/restrictions", () => {
      it("shows the seeded example: GPU instances are not sold in India", async () => {
        const { data } = await api.get(`/admin/regions/${ctx.regions.India.id}/restrictions`, admin)
        expect(data.products.map((p: any) => p.handle)).toEqual(["gpu-cloud-instance"])
      })

      it("replaces a region's list and the store follows", async () => {
        const { product: cdn } = await findVariant(api, ctx, "global-cdn", "Starter", "Monthly")
        const uk = ctx.regions["United Kingdom"].id
        expect(await handles(`region_id=${uk}`)).toContain("global-cdn")

        const { data } = await api.post(`/admin/regions/${uk}/restrictions`, { product_ids: [cdn.id] }, admin)
        expect(data.product_ids).toEqual([cdn.id])
        expect(await handles(`region_id=${uk}`)).not.toContain("global-cdn")
        expect(await handles(`region_id=${ctx.regions.Europe.id}`)).toContain("global-cdn")

        await api.post(`/admin/regions/${uk}/restrictions`, { product_ids: [] }, admin)
        expect(await handles(`region_id=${uk}`)).toContain("global-cdn")
      })

      it("refuses bad input with a 4xx and writes nothing", async () => {
        const india = ctx.regions.India.id
        expect(await statusOf(api.post(`/admin/regions/${india}/restrictions`, { product_ids: "x" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/regions/${india}/restrictions`, { product_ids: [], extra: 1 }, admin))).toBe(400)
        const unknown = await errorOf(
          api.post(`/admin/regions/${india}/restrictions`, { product_ids: ["prod_missing"] }, admin)
        )
        expect(unknown.status).toBe(400)
        expect(unknown.message).toContain("prod_missing")
        expect(await statusOf(api.post(`/admin/regions/reg_missing/restrictions`, { product_ids: [] }, admin))).toBe(404)
        const { data } = await api.get(`/admin/regions/${india}/restrictions`, admin)
        expect(data.products).toHaveLength(1)
      })

      it("is for admins only", async () => {
        expect(await statusOf(api.get(`/admin/regions/${ctx.regions.India.id}/restrictions`))).toBe(401)
      })
    })

    describe("restricted products in the store", () => {
      it("disappear from that region's listing and search only", async () => {
        const india = ctx.regions.India.id
        expect(await handles(`region_id=${india}`)).not.toContain("gpu-cloud-instance")
        expect(await handles(`region_id=${india}&q=GPU`)).toEqual([])
        expect(await handles(`region_id=${ctx.regions["North America"].id}&q=GPU`)).toEqual(["gpu-cloud-instance"])
        const { data } = await api.get(`/store/regions/${india}/restrictions`, ctx.storeHeaders)
        expect(data.product_ids).toHaveLength(1)
      })

      it("can't be added to a cart in that region", async () => {
        const { line } = await findVariant(api, ctx, "gpu-cloud-instance", "L4 × 1", "Monthly")
        const { data } = await api.post("/store/carts", { region_id: ctx.regions.India.id }, ctx.storeHeaders)
        const refused = await errorOf(
          api.post(`/store/carts/${data.cart.id}/line-items`, line, ctx.storeHeaders)
        )
        expect(refused.status).toBe(400)
        expect(refused.message).toContain("Not available in your region: GPU Cloud Instance")
        const created = await errorOf(
          api.post(
            "/store/carts",
            { region_id: ctx.regions.India.id, items: [line] },
            ctx.storeHeaders
          )
        )
        expect(created.status).toBe(400)
      })

      it("can't be bought after switching the cart to that region", async () => {
        const buyer = await registerCustomer(api, ctx)
        const { line } = await findVariant(api, ctx, "gpu-cloud-instance", "L4 × 1", "Monthly")
        const { data } = await api.post(
          "/store/carts",
          { region_id: ctx.regions["North America"].id, email: buyer.email },
          buyer.headers
        )
        const cartId = data.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, line, buyer.headers)
        await api.post(
          `/store/carts/${cartId}`,
          {
            region_id: ctx.regions.India.id,
            billing_address: { first_name: "A", last_name: "B", address_1: "1 MG Road", city: "Mumbai", postal_code: "400001", country_code: "in" },
          },
          buyer.headers
        )
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer.headers)
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          buyer.headers
        )
        const refused = await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, buyer.headers))
        expect(refused.status).toBe(400)
        expect(refused.message).toContain("Not available in your region")
        const { data: orders } = await api.get("/admin/orders", admin)
        expect(orders.orders).toHaveLength(0)
      })
    })
  },
})
