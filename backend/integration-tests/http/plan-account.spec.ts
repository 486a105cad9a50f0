import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completeCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { acceptTerms, errorOf, findVariant, registerCustomer, seedStore, US_ADDRESS, type StoreContext } from "../helpers"

jest.setTimeout(120 * 1000)

const REFUSAL = "Sign in to a verified account to buy a plan"
type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function planCart(email: string, headers: Headers) {
      const { line } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
      const { data } = await api.post("/store/carts", { region_id: ctx.regions["North America"].id, items: [line] }, headers)
      // as the storefront does: the email and address once the cart exists
      await api.post(`/store/carts/${data.cart.id}`, { email, billing_address: US_ADDRESS }, headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, headers)
      return { cart_id: data.cart.id as string, collection_id: pc.payment_collection.id as string }
    }

    /**
     * A cart with a monthly plan, paid later by bank transfer, up to the last step before
     * /complete. A guest can't start the payment through the store (see below): theirs is
     * started server-side, as a session made before the rule existed would be.
     */
    async function planCartReadyToComplete(email: string, headers: Headers) {
      const { cart_id, collection_id } = await planCart(email, headers)
      await acceptTerms(api, cart_id, headers)
      if (headers.headers.authorization) {
        await api.post(`/store/payment-collections/${collection_id}/payment-sessions`, { provider_id: "pp_system_default" }, headers)
      } else {
        await createPaymentSessionsWorkflow(getContainer()).run({ input: { payment_collection_id: collection_id, provider_id: "pp_system_default" } })
      }
      return cart_id
    }

    /** What a completion wrote: the order, the cart's completion, the payment session's state and payments. */
    async function writtenFor(cartId: string) {
      const { data: orders } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      const { data: carts } = await query().graph({
        entity: "cart",
        fields: ["id", "customer_id", "completed_at", "payment_collection.status", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.id"],
        filters: { id: cartId },
      })
      const sessions = ((carts[0] as any).payment_collection?.payment_sessions ?? []) as { id: string; status: string }[]
      const { data: payments } = sessions.length
        ? await query().graph({ entity: "payment", fields: ["id"], filters: { payment_session_id: sessions.map((s) => s.id) } })
        : { data: [] }
      return {
        orders: orders.map((o: any) => o.order_id),
        customer_id: carts[0].customer_id,
        completed_at: carts[0].completed_at,
        session_statuses: sessions.map((s) => s.status),
        payments: payments.length,
      }
    }

    const NOTHING_WRITTEN = { orders: [], completed_at: null, session_statuses: ["pending"], payments: 0 }

    describe("POST /store/payment-collections/:id/payment-sessions for a plan", () => {
      it("refuses a guest (400, sign in to a verified account) before any payment starts", async () => {
        const { cart_id, collection_id } = await planCart(`guest-pay-${Date.now()}@example.com`, ctx.storeHeaders)
        const refused = await errorOf(
          api.post(`/store/payment-collections/${collection_id}/payment-sessions`, { provider_id: "pp_system_default" }, ctx.storeHeaders)
        )
        expect(refused).toEqual({ status: 400, message: REFUSAL })
        expect((await writtenFor(cart_id)).session_statuses).toEqual([])
      })
    })

    describe("POST /store/carts/:id/complete with a plan", () => {
      it("refuses a guest (400, sign in to a verified account); no order, the payment not authorized", async () => {
        const cartId = await planCartReadyToComplete(`guest-${Date.now()}@example.com`, ctx.storeHeaders)
        const refused = await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, ctx.storeHeaders))
        expect(refused).toEqual({ status: 400, message: REFUSAL })
        expect(await writtenFor(cartId)).toMatchObject(NOTHING_WRITTEN)
      })

      it("refuses a guest cart carrying a customer's email until that customer signs in and claims it, then completes it for them", async () => {
        const owner = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", owner.headers)
        // the guest cart stays a guest's: typing a customer's email does not make it theirs
        const cartId = await planCartReadyToComplete(owner.email, ctx.storeHeaders)
        expect((await writtenFor(cartId)).customer_id).not.toBe(me.customer.id)

        expect(await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, ctx.storeHeaders))).toEqual({ status: 400, message: REFUSAL })
        // someone else signed in is no owner either
        const other = await registerCustomer(api, ctx)
        expect(await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, other.headers))).toEqual({ status: 400, message: REFUSAL })
        expect(await writtenFor(cartId)).toMatchObject(NOTHING_WRITTEN)

        // signing in claims the cart (the storefront does it on sign-in), then it completes
        await api.post(`/store/carts/${cartId}/customer`, {}, owner.headers)
        expect((await writtenFor(cartId)).customer_id).toBe(me.customer.id)
        const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, owner.headers)
        expect(done.type).toBe("order")
        const { data: orders } = await query().graph({ entity: "order", fields: ["customer_id"], filters: { id: done.order.id } })
        expect(orders[0].customer_id).toBe(me.customer.id)
      })

      it("refuses a guest's plan on every completion path: completeCartWorkflow run without a request (as a payment webhook does)", async () => {
        const cartId = await planCartReadyToComplete(`webhook-guest-${Date.now()}@example.com`, ctx.storeHeaders)
        const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId }, throwOnError: false })
        expect(errors[0]?.error?.message).toBe(REFUSAL)
        expect(await writtenFor(cartId)).toMatchObject(NOTHING_WRITTEN)
      })

      it("lets a signed-in customer with a verified email buy the plan", async () => {
        const shopper = await registerCustomer(api, ctx)
        const cartId = await planCartReadyToComplete(shopper.email, shopper.headers)
        const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers)
        expect(done.type).toBe("order")
        expect(done.order.email).toBe(shopper.email)
        const written = await writtenFor(cartId)
        expect(written.orders).toEqual([done.order.id])
        expect(written.payments).toBe(1)
      })
    })
  },
})
