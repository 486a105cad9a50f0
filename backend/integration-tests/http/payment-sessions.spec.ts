import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findVariant, registerCustomer, seedStore, US_ADDRESS, type StoreContext } from "../helpers"
import { pickPort } from "../stubs"
import { StripeStub } from "../stripe-stub"

jest.setTimeout(240 * 1000)

const PORT = pickPort()
const KEYS = { apiKey: "sk_test_cloudservices_sessions", webhookSecret: "whsec_cloudservices_sessions" }
Object.assign(process.env, {
  STRIPE_API_KEY: KEYS.apiKey,
  STRIPE_WEBHOOK_SECRET: KEYS.webhookSecret,
  STRIPE_API_HOST: "127.0.0.1",
  STRIPE_API_PORT: String(PORT),
  STRIPE_API_PROTOCOL: "http",
})

const PROVIDER = "pp_stripe_stripe"
type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let stripe: StripeStub

    beforeAll(async () => {
      stripe = await new StripeStub(PORT, KEYS.apiKey, KEYS.webhookSecret).start()
      ctx = await seedStore(getContainer(), api)
    })

    afterAll(async () => {
      await stripe.stop()
    })

    /** A cart with one plan and its payment collection, as the storefront's checkout makes them. */
    async function cartWithCollection(shopper: { email: string; headers: Headers }) {
      const { line } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
      const { data } = await api.post("/store/carts", { region_id: ctx.regions["North America"].id, items: [line] }, shopper.headers)
      await api.post(`/store/carts/${data.cart.id}`, { email: shopper.email, billing_address: US_ADDRESS }, shopper.headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, shopper.headers)
      return { cart_id: data.cart.id as string, collection_id: pc.payment_collection.id as string }
    }

    async function startSession(collectionId: string, headers: Headers) {
      try {
        const res = await api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: PROVIDER }, headers)
        return { status: res.status as number, collection: res.data.payment_collection, message: "" }
      } catch (e: any) {
        return { status: (e.response?.status ?? 0) as number, collection: null, message: String(e.response?.data?.message ?? e.message) }
      }
    }

    /** The customer's Stripe account holders: linked to the customer, and all the payment module holds for the email. */
    async function accountHolders(email: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "customer",
        fields: ["id", "account_holders.id", "account_holders.provider_id", "account_holders.external_id"],
        filters: { email, has_account: true },
      })
      const { data: stored } = await query.graph({ entity: "account_holder", fields: ["id"], filters: { provider_id: PROVIDER, email } })
      return { linked: (data[0]?.account_holders ?? []).filter((h: any) => h?.provider_id === PROVIDER), stored }
    }

    describe("POST /store/payment-collections/:id/payment-sessions", () => {
      it("10 parallel first card payments of a new customer (10 open checkouts) all start, with one Stripe customer", async () => {
        const shopper = await registerCustomer(api, ctx)
        const carts = await Promise.all(Array.from({ length: 10 }, () => cartWithCollection(shopper)))
        const results = await Promise.all(carts.map((c) => startSession(c.collection_id, shopper.headers)))

        expect(results.map((r) => [r.status, r.message])).toEqual(results.map(() => [200, ""]))
        for (const r of results) {
          expect(r.collection.payment_sessions).toHaveLength(1)
          expect(r.collection.payment_sessions[0].provider_id).toBe(PROVIDER)
        }
        const { linked, stored } = await accountHolders(shopper.email)
        expect(linked).toHaveLength(1)
        expect(stored.map((h) => h.id)).toEqual([linked[0]!.id])
        // every intent is made for that one Stripe customer
        const intents = results.map((r) => stripe.intents.get(r.collection.payment_sessions[0].data.id))
        expect(new Set(intents.map((pi) => pi?.customer))).toEqual(new Set([linked[0]!.external_id]))
      })

      it("10 parallel requests for the same checkout all answer 2xx; the customer has one account holder", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { collection_id } = await cartWithCollection(shopper)
        const results = await Promise.all(Array.from({ length: 10 }, () => startSession(collection_id, shopper.headers)))

        expect(results.map((r) => [r.status, r.message])).toEqual(results.map(() => [200, ""]))
        const { linked, stored } = await accountHolders(shopper.email)
        expect(linked).toHaveLength(1)
        expect(stored).toHaveLength(1)
        // a later request reuses that holder
        expect((await startSession(collection_id, shopper.headers)).status).toBe(200)
        expect((await accountHolders(shopper.email)).stored).toHaveLength(1)
      })

      it("a guest can't start paying for a plan: 400, no Stripe intent, no account holder", async () => {
        const guest = { email: `guest-${Date.now()}@example.com`, headers: ctx.storeHeaders }
        const { collection_id } = await cartWithCollection(guest)
        const intents = stripe.intents.size
        const result = await startSession(collection_id, guest.headers)
        expect([result.status, result.message]).toEqual([400, "Sign in to a verified account to buy a plan"])
        expect(stripe.intents.size).toBe(intents)
        expect((await accountHolders(guest.email)).stored).toHaveLength(0)
      })
    })
  },
})
