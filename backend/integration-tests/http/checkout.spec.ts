import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  acceptTerms,
  adminHeaders,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
} from "../helpers"

jest.setTimeout(120 * 1000)

const BERLIN = {
  first_name: "Ada",
  last_name: "Lovelace",
  company: "Analytical Engines GmbH",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    describe("buying a plan through the store API", () => {
      it("turns a cart with a yearly VPS into an order the customer and the admin see", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { variant, line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Yearly")

        const { data: created } = await api.post("/store/carts", { region_id: ctx.regions.Europe.id }, shopper.headers)
        const cartId = created.cart.id
        const { data: added } = await api.post(
          `/store/carts/${cartId}/line-items`,
          line,
          shopper.headers
        )
        expect(added.cart.items).toHaveLength(1)
        expect(added.cart.items[0].requires_shipping).toBe(false)
        expect(added.cart.currency_code).toBe("eur")

        const { data: updated } = await api.post(
          `/store/carts/${cartId}`,
          // services are taxed where the customer is: the storefront sends the
          // billing address as the (service) address Medusa computes tax from
          { email: shopper.email, billing_address: BERLIN, shipping_address: BERLIN },
          shopper.headers
        )
        // German VAT (19%) on top of the list price
        expect(updated.cart.tax_total).toBeCloseTo(updated.cart.subtotal * 0.19, 1)

        await acceptTerms(api, cartId, shopper.headers)
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, shopper.headers)
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          shopper.headers
        )
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers)
        expect(completed.type).toBe("order")
        const order = completed.order
        expect(order.email).toBe(shopper.email)
        expect(order.items[0].title).toBeDefined()
        expect(order.total).toBeCloseTo(updated.cart.total, 2)

        const { data: mine } = await api.get("/store/orders?fields=id,display_id,total", shopper.headers)
        expect(mine.orders.map((o: any) => o.id)).toEqual([order.id])
        const { data: one } = await api.get(`/store/orders/${order.id}`, shopper.headers)
        expect(one.order.items[0].variant_id).toBe(variant.id)

        const admin = await adminHeaders(api)
        const { data: adminOrders } = await api.get(`/admin/orders?q=${encodeURIComponent(shopper.email)}`, admin)
        expect(adminOrders.orders.map((o: any) => o.id)).toContain(order.id)
      })

      it("does not show one customer's order to another", async () => {
        const buyer = await registerCustomer(api, ctx)
        const other = await registerCustomer(api, ctx)
        const { line } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: ctx.regions["North America"].id,
            email: buyer.email,
            billing_address: { ...BERLIN, country_code: "us", city: "Austin", postal_code: "73301" },
            items: [line],
          },
          buyer.headers
        )
        const { data: done } = await payAndComplete(api, data.cart.id, buyer.headers)
        expect(await statusOf(api.get(`/store/orders/${done.order.id}`, other.headers))).toBe(404)
        expect(await statusOf(api.get(`/store/orders/${done.order.id}`, ctx.storeHeaders))).toBe(404)
        const { data: own } = await api.get(`/store/orders/${done.order.id}`, buyer.headers)
        expect(own.order.id).toBe(done.order.id)
        const { data: theirs } = await api.get("/store/orders", other.headers)
        expect(theirs.orders).toHaveLength(0)
      })
    })

    describe("GET /store/customers/me", () => {
      it("refuses anonymous requests", async () => {
        expect(await statusOf(api.get("/store/customers/me", ctx.storeHeaders))).toBe(401)
      })

      it("answers a logged-in customer with their profile", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data } = await api.get("/store/customers/me", shopper.headers)
        expect(data.customer.email).toBe(shopper.email)
      })
    })

    describe("bad input", () => {
      it("answers bad bodies with 400, never 500", async () => {
        const { data } = await api.post("/store/carts", { region_id: ctx.regions.Europe.id }, ctx.storeHeaders)
        const cartId = data.cart.id
        expect(await statusOf(api.post("/store/carts", { region_id: 42 }, ctx.storeHeaders))).toBe(400)
        expect(
          await statusOf(api.post(`/store/carts/${cartId}/line-items`, { variant_id: "variant_x", quantity: 1 }, ctx.storeHeaders))
        ).toBe(400)
        expect(
          await statusOf(api.post(`/store/carts/${cartId}/line-items`, { quantity: "many" }, ctx.storeHeaders))
        ).toBe(400)
        expect(await statusOf(api.post(`/store/carts/${cartId}`, { email: "not-an-email" }, ctx.storeHeaders))).toBe(400)
        expect(await statusOf(api.get("/store/products?limit=abc", ctx.storeHeaders))).toBe(400)
        const { data: cart } = await api.get(`/store/carts/${cartId}`, ctx.storeHeaders)
        expect(cart.cart.items).toHaveLength(0)
      })

      it("won't complete an empty cart", async () => {
        const { data } = await api.post("/store/carts", { region_id: ctx.regions.Europe.id }, ctx.storeHeaders)
        expect(await statusOf(api.post(`/store/carts/${data.cart.id}/complete`, {}, ctx.storeHeaders))).toBe(400)
      })
    })
  },
})
