import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateJwtToken } from "@medusajs/framework/utils"
import {
  ADMIN,
  adminHeaders,
  errorOf,
  findVariant,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  US_ADDRESS,
  decodeJwt,
  MINUTE,
  serverClock,
} from "../helpers"

jest.setTimeout(120 * 1000)

const READ_ONLY = "Read-only: you are viewing as this customer"

const decode = decodeJwt

const clock = serverClock()
const jumpMinutes = clock.jumpMinutes

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    let adminId: string

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    beforeEach(async () => {
      clock.install()
      admin = await adminHeaders(api)
      adminId = (await api.get("/admin/users/me", admin)).data.user.id
    })

    afterEach(() => {
      jest.restoreAllMocks()
    })

    const store = (token: string) => ({ headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${token}` } })
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

    async function shopper() {
      const s = await registerCustomer(api, ctx)
      const { data } = await api.get("/store/customers/me", s.headers)
      return { ...s, id: data.customer.id as string }
    }

    async function start(customerId: string, reason = "Customer reports a missing invoice") {
      const { data, status } = await api.post("/admin/impersonation", { customer_id: customerId, reason }, admin)
      expect(status).toBe(201)
      return data as { session: any; token: string; storefront_url: string }
    }

    /** requests are logged once their answer is sent: wait for them */
    async function detail(id: string, until: (session: any) => boolean = () => true) {
      let session: any
      for (let i = 0; i < 50; i++) {
        session = (await api.get(`/admin/impersonation/${id}`, admin)).data.session
        if (until(session)) {
          return session
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return session
    }

    async function actions(customerId: string, action: string) {
      for (let i = 0; i < 30; i++) {
        const { data } = await api.get(`/admin/action-logs?customer_id=${customerId}&action=${action}`, admin)
        if (data.action_logs.length) {
          return data.action_logs
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return []
    }

    describe("POST /admin/impersonation", () => {
      it("needs a reason of at least 10 characters, then answers a session and a 30-minute customer token", async () => {
        const customer = await shopper()
        expect(await errorOf(api.post("/admin/impersonation", { customer_id: customer.id }, admin))).toMatchObject({ status: 400 })
        expect(await errorOf(api.post("/admin/impersonation", { customer_id: customer.id, reason: "checking" }, admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/reason.*10/),
        })
        expect(await statusOf(api.post("/admin/impersonation", { customer_id: "cus_nope", reason: "Customer reports a bug" }, admin))).toBe(404)

        const { session, token, storefront_url } = await start(customer.id)
        expect(session).toMatchObject({
          status: "active",
          user_id: adminId,
          customer_id: customer.id,
          reason: "Customer reports a missing invoice",
          ended_at: null,
          customer: { email: customer.email },
          user: { email: ADMIN.email },
        })
        expect(new Date(session.expires_at).getTime() - new Date(session.started_at).getTime()).toBe(30 * MINUTE)
        const claims = decode(token)
        expect(claims).toMatchObject({ actor_type: "customer", actor_id: customer.id, impersonation_session_id: session.id, impersonator_id: adminId })
        expect(claims.auth_identity_id).toMatch(/^authid_/)
        expect(claims.exp - claims.iat).toBe(30 * 60)
        expect(storefront_url).toMatch(/\/impersonate\?token=/)
        expect(decodeURIComponent(storefront_url.split("token=")[1])).toBe(token)

        const [logged] = await actions(customer.id, "customer.impersonation_started")
        expect(logged).toMatchObject({ actor_id: adminId, resource_id: session.id, reason: "Customer reports a missing invoice" })
      })

      it("refuses admins as targets, suspended customers and callers who are not admins", async () => {
        const { data } = await api.post("/admin/customers", { email: ADMIN.email, first_name: "Admin" }, admin)
        expect(await errorOf(api.post("/admin/impersonation", { customer_id: data.customer.id, reason: "Looking at the admin's cart" }, admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/admin/),
        })

        const suspended = await shopper()
        await api.post(`/admin/customers/${suspended.id}/suspend`, { reason: "Chargeback" }, admin)
        expect(await errorOf(api.post("/admin/impersonation", { customer_id: suspended.id, reason: "Why was I suspended?" }, admin))).toMatchObject({
          status: 400,
          message: expect.stringMatching(/suspended/),
        })

        const customer = await shopper()
        const body = { customer_id: customer.id, reason: "Just curious about it" }
        expect(await statusOf(api.post("/admin/impersonation", body))).toBe(401)
        expect(await statusOf(api.post("/admin/impersonation", body, bearer(customer.token)))).toBe(401)
        expect(await statusOf(api.get("/admin/impersonation", customer.headers))).toBe(401)
      })
    })

    describe("an impersonation token on the store", () => {
      it("reads the customer's profile and orders, refuses every write with 403 and logs every request", async () => {
        const customer = await shopper()
        const { variant, line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: ctx.regions["North America"].id, items: [line] },
          customer.headers
        )
        await api.post(`/store/carts/${created.cart.id}`, { email: customer.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS }, customer.headers)
        const { data: placed } = await payAndComplete(api, created.cart.id, customer.headers)
        const order = placed.order

        const { session, token } = await start(customer.id)
        const as = store(token)

        const { data: me } = await api.get("/store/customers/me", as)
        expect(me.customer).toMatchObject({ id: customer.id, email: customer.email })
        const { data: orders } = await api.get("/store/orders", as)
        expect(orders.orders.map((o: any) => o.id)).toEqual([order.id])
        expect((await api.get(`/store/orders/${order.id}`, as)).data.order.id).toBe(order.id)
        expect((await api.get("/store/impersonation?page=/us/account/orders", as)).data.session).toMatchObject({
          id: session.id,
          status: "active",
          customer: { email: customer.email },
        })

        const writes: [string, () => Promise<unknown>][] = [
          ["POST /store/customers/me", () => api.post("/store/customers/me", { first_name: "Mallory" }, as)],
          ["POST /store/customers/me/addresses", () => api.post("/store/customers/me/addresses", US_ADDRESS, as)],
          ["DELETE /store/customers/me/addresses/:id", () => api.delete("/store/customers/me/addresses/cuaddr_1", as)],
          ["POST /store/carts", () => api.post("/store/carts", { region_id: ctx.regions["North America"].id }, as)],
          ["POST /store/carts/:id/line-items", () => api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, as)],
          ["POST /store/account/change-password", () => api.post("/store/account/change-password", { current_password: "x", new_password: "y" }, as)],
          ["DELETE /store/account", () => api.delete("/store/account", { ...as, data: { password: "x" } })],
        ]
        for (const [label, request] of writes) {
          expect({ label, ...(await errorOf(request())) }).toEqual({ label, status: 403, message: READ_ONLY })
        }
        // Medusa's token routes: no refresh, no cookie session, no MFA changes
        expect(await errorOf(api.post("/auth/token/refresh", {}, bearer(token)))).toEqual({ status: 403, message: READ_ONLY })
        expect(await statusOf(api.post("/auth/session", {}, bearer(token)))).toBe(403)
        expect(await statusOf(api.post("/auth/mfa/factors", { provider: "totp" }, bearer(token)))).toBe(403)

        // nothing changed for the customer
        expect((await api.get("/store/customers/me", customer.headers)).data.customer.first_name).toBe("Ada")

        // 3 reads, the page the storefront reported, 7 store writes and 3 auth writes
        const logged = await detail(session.id, (s) => s.events.length >= 14)
        const lines = logged.events.map((e: any) => `${e.kind} ${e.method} ${e.path} ${e.status_code}`)
        expect(lines).toEqual(
          expect.arrayContaining([
            "request GET /store/customers/me 200",
            "request GET /store/orders 200",
            `request GET /store/orders/${order.id} 200`,
            "page_view GET /us/account/orders 200",
            "request POST /store/customers/me 403",
            "request DELETE /store/account 403",
            `request POST /store/carts/${created.cart.id}/line-items 403`,
            "request POST /auth/token/refresh 403",
          ])
        )
        expect(lines).toHaveLength(14)
      })

      it("stops working the moment the admin ends the session", async () => {
        const customer = await shopper()
        const { session, token } = await start(customer.id)
        expect(await statusOf(api.get("/store/customers/me", store(token)))).toBe(200)

        jumpMinutes(5)
        const { data } = await api.post(`/admin/impersonation/${session.id}/end`, {}, admin)
        expect(data.session).toMatchObject({ id: session.id, status: "ended", ended_by: "admin" })
        expect(data.session.duration_seconds).toBeGreaterThanOrEqual(300)
        expect(data.session.duration_seconds).toBeLessThan(320)

        expect(await errorOf(api.get("/store/customers/me", store(token)))).toEqual({
          status: 401,
          message: expect.stringMatching(/session has ended/),
        })
        // even public routes: the token is dead, not anonymous
        expect(await statusOf(api.get("/store/products", store(token)))).toBe(401)
        expect(await statusOf(api.post(`/admin/impersonation/${session.id}/end`, {}, admin))).toBe(400)

        const [logged] = await actions(customer.id, "customer.impersonation_ended")
        expect(logged).toMatchObject({ actor_id: adminId, resource_id: session.id })
      })

      it("can be ended from the storefront with its own token (the only write it may make)", async () => {
        const customer = await shopper()
        const { session, token } = await start(customer.id)
        const { data } = await api.post("/store/impersonation/end", {}, store(token))
        expect(data.session).toMatchObject({ id: session.id, status: "ended" })
        expect(await statusOf(api.get("/store/orders", store(token)))).toBe(401)
        expect(await statusOf(api.post("/store/impersonation/end", {}, store(token)))).toBe(401)
        expect((await api.get(`/admin/impersonation/${session.id}`, admin)).data.session.ended_by).toBe("storefront")
        // an ordinary customer token has no session to end
        expect(await statusOf(api.post("/store/impersonation/end", {}, customer.headers))).toBe(404)
      })

      it("expires after 30 minutes", async () => {
        const customer = await shopper()
        const { session, token } = await start(customer.id)
        jumpMinutes(29)
        expect(await statusOf(api.get("/store/customers/me", store(token)))).toBe(200)
        jumpMinutes(2)
        expect(await errorOf(api.get("/store/customers/me", store(token)))).toEqual({
          status: 401,
          message: expect.stringMatching(/session has ended/),
        })
        const expired = await detail(session.id, (s) => s.status === "expired")
        expect(expired).toMatchObject({ status: "expired", ended_by: "expiry", duration_seconds: 1800 })
        expect(new Date(expired.ended_at).toISOString()).toBe(new Date(session.expires_at).toISOString())
      })

      it("cannot start another session, and a forged token naming a session is refused", async () => {
        const customer = await shopper()
        const other = await shopper()
        const { session, token } = await start(customer.id)
        expect(await statusOf(api.post("/admin/impersonation", { customer_id: other.id, reason: "Chaining into another view" }, bearer(token)))).toBe(401)

        const forged = generateJwtToken(
          { actor_id: other.id, actor_type: "customer", auth_identity_id: "", impersonation_session_id: session.id },
          { secret: "not-the-secret", expiresIn: 600 }
        )
        expect(await statusOf(api.get("/store/customers/me", store(forged)))).toBe(401)
        expect(await statusOf(api.get("/store/products", store(forged)))).toBe(401)
        const logged = await detail(session.id)
        expect(logged.events).toHaveLength(0)
      })
    })

    describe("GET /admin/impersonation", () => {
      it("lists sessions with filters and paging; the detail has the timeline and notes", async () => {
        const first = await shopper()
        const second = await shopper()
        const a = await start(first.id)
        const b = await start(second.id, "Checking the renewal price shown")
        await api.post(`/admin/impersonation/${a.session.id}/end`, {}, admin)

        const list = async (query: string) => (await api.get(`/admin/impersonation?${query}`, admin)).data
        expect((await list(`customer_id=${first.id}`)).sessions.map((s: any) => s.id)).toEqual([a.session.id])
        const mine = await list(`admin_id=${adminId}&limit=1`)
        expect(mine).toMatchObject({ limit: 1, offset: 0 })
        expect(mine.count).toBeGreaterThanOrEqual(2)
        expect(mine.sessions).toHaveLength(1)
        expect((await list(`user_id=${adminId}&status=active&customer_id=${second.id}`)).sessions.map((s: any) => s.id)).toEqual([b.session.id])
        expect((await list(`status=ended&customer_id=${second.id}`)).count).toBe(0)
        expect((await list(`q=${encodeURIComponent(second.email)}`)).sessions).toEqual([
          expect.objectContaining({ id: b.session.id, customer: expect.objectContaining({ email: second.email }) }),
        ])
        const future = new Date(Date.now() + 86_400_000).toISOString()
        expect((await list(`started_at[gte]=${future}`)).count).toBe(0)
        expect((await list(`started_at[lte]=${future}&customer_id=${first.id}`)).count).toBe(1)
        expect(await statusOf(api.get("/admin/impersonation?status=paused", admin))).toBe(400)

        // notes, also on an ended session
        const { data: note, status } = await api.post(`/admin/impersonation/${a.session.id}/notes`, { text: "Invoice link is hidden on mobile" }, admin)
        expect(status).toBe(201)
        expect(note.note).toMatchObject({ text: "Invoice link is hidden on mobile", author_id: adminId })
        expect(await statusOf(api.post(`/admin/impersonation/${a.session.id}/notes`, { text: "  " }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/impersonation/imps_nope/notes`, { text: "Lost" }, admin))).toBe(404)

        await api.get("/store/customers/me", store(b.token))
        const viewed = await detail(b.session.id, (s) => s.events.length >= 1)
        expect(viewed.events).toEqual([expect.objectContaining({ kind: "request", method: "GET", path: "/store/customers/me", status_code: 200 })])
        const ended = await detail(a.session.id)
        expect(ended).toMatchObject({ status: "ended", customer: { email: first.email }, user: { email: ADMIN.email } })
        expect(ended.notes).toEqual([
          expect.objectContaining({ text: "Invoice link is hidden on mobile", author: expect.objectContaining({ email: ADMIN.email }) }),
        ])
        expect(await statusOf(api.get("/admin/impersonation/imps_nope", admin))).toBe(404)
        expect(await statusOf(api.get(`/admin/impersonation/${a.session.id}`, ctx.storeHeaders))).toBe(401)
      })
    })
  },
})
