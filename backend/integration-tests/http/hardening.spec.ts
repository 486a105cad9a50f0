import { generateKeyPairSync, sign } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, ADMIN, PASSWORD, registerCustomer, seedStore, serverClock, type StoreContext, totp } from "../helpers"

jest.setTimeout(120 * 1000)

const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" })
const STORE_READS = 20

// Low limits so a test can reach them; set before the app reads medusa-config.ts.
Object.assign(process.env, {
  ADMIN_LOGIN_RATE_LIMIT_MAX: "3",
  ADMIN_LOGIN_RATE_LIMIT_WINDOW_SECONDS: "900",
  API_RATE_LIMIT_STORE_READ_MAX: String(STORE_READS),
  API_RATE_LIMIT_STORE_WRITE_MAX: "20",
  API_RATE_LIMIT_WINDOW_SECONDS: "900",
  SENDGRID_WEBHOOK_PUBLIC_KEY: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
})

let ip = 0
/** a fresh client address (the test client is a trusted proxy) */
const fromNewAddress = () => ({ "x-forwarded-for": `198.51.100.${++ip}` })

const clock = serverClock()

type Answer = { status: number; headers: Record<string, string>; data: any }
const answer = (request: Promise<any>): Promise<Answer> => request.then((r) => r, (e) => e.response)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    beforeEach(async () => {
      clock.install()
      admin = await adminHeaders(api)
    })

    afterEach(() => {
      jest.restoreAllMocks()
    })

    const store = (extra: Record<string, string> = {}) => ({ headers: { ...ctx.storeHeaders.headers, ...extra } })
    const bearer = (token: string, extra: Record<string, string> = {}) => store({ authorization: `Bearer ${token}`, ...extra })

    function expectApiHeaders(res: Answer) {
      expect(res.headers["x-content-type-options"]).toBe("nosniff")
      expect(res.headers["x-frame-options"]).toBe("DENY")
      expect(res.headers["referrer-policy"]).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/)
      expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'")
      expect(res.headers["content-security-policy"]).toContain("default-src 'none'")
      expect(res.headers["x-powered-by"]).toBeUndefined()
      expect(res.headers["strict-transport-security"]).toBeUndefined()
    }

    describe("security headers", () => {
      it("are on every API answer, Medusa's own refusals included, and X-Powered-By is gone", async () => {
        const answers = [
          await answer(api.get("/store/products", store())),
          await answer(api.get("/store/products")), // no publishable key: Medusa's 400
          await answer(api.get("/admin/users/me")), // no token: Medusa's 401
          await answer(api.get("/admin/users/me", admin)),
          await answer(api.post("/auth/user/emailpass", { email: ADMIN.email, password: "wrong password" }, { headers: fromNewAddress() })),
          await answer(api.post("/hooks/payment/made_up", {})),
          await answer(api.get("/no/such/path")),
        ]
        expect(answers.map((a) => a.status)).toEqual([200, 400, 401, 200, 401, 404, 404])
        answers.forEach(expectApiHeaders)
      })

      it("frame-protect the admin dashboard under /app with a policy it can run under", async () => {
        // the test app does not serve the dashboard (Medusa disables it in tests): whatever answers /app gets its headers
        const res = await answer(api.get("/app"))
        const csp = res.headers["content-security-policy"]
        expect(csp).toContain("frame-ancestors 'none'")
        expect(csp).toContain("script-src 'self'")
        expect(csp).toContain("object-src 'none'")
        expect(csp).toMatch(/connect-src 'self'/)
        expect(res.headers["x-frame-options"]).toBe("DENY")
        expect(res.headers["x-content-type-options"]).toBe("nosniff")
        expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
        expect(res.headers["x-powered-by"]).toBeUndefined()
      })

      it("send HSTS only when a trusted proxy says the request came over https", async () => {
        const plain = await answer(api.get("/store/products", store()))
        expect(plain.headers["strict-transport-security"]).toBeUndefined()
        const https = await answer(api.get("/store/products", store({ "x-forwarded-proto": "https" })))
        expect(https.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/)
        const dashboard = await answer(api.get("/app/login", { headers: { "x-forwarded-proto": "https" } }))
        expect(dashboard.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/)
      })
    })

    describe("POST /store/account/verify-email", () => {
      it("answers a wrong code the same for an unknown, an unverified and a verified email", async () => {
        const verified = await registerCustomer(api, ctx)
        const unverified = `unverified-${Date.now()}@example.com`
        await api.post("/store/account/register", { email: unverified, password: PASSWORD }, store(fromNewAddress()))
        const unknown = `nobody-${Date.now()}@example.com`
        const verify = (email: string) => answer(api.post("/store/account/verify-email", { email, code: "123456" }, store(fromNewAddress())))

        const answers = [await verify(verified.email), await verify(unverified), await verify(unknown)]
        for (const a of answers) {
          expect(a.status).toBe(400)
          expect(a.data).toEqual(answers[2].data)
        }
        expect(answers[2].data.message).toMatch(/not valid/)
        // the verified account still signs in
        expect((await api.post("/auth/customer/emailpass", { email: verified.email, password: PASSWORD }, { headers: fromNewAddress() })).status).toBe(200)
      })

      /** three addresses, each just sent a code: an unverified account (its real code), a verified one and an unknown one */
      async function threeFreshCodes() {
        const verified = await registerCustomer(api, ctx)
        const unverified = `pending-${Date.now()}@example.com`
        const unknown = `stranger-${Date.now()}@example.com`
        await api.post("/store/account/register", { email: unverified, password: PASSWORD }, store(fromNewAddress()))
        await api.post("/store/account/register", { email: verified.email, password: PASSWORD }, store(fromNewAddress()))
        await api.post("/store/account/verify-email/resend", { email: unknown }, store(fromNewAddress()))
        return [verified.email, unverified, unknown]
      }
      const wrong = async (email: string) =>
        (await answer(api.post("/store/account/verify-email", { email, code: "000000" }, store(fromNewAddress())))).data.message as string

      it("locks after the same number of wrong codes, whether or not the email has an account", async () => {
        const emails = await threeFreshCodes()
        const runs: string[][] = []
        for (const email of emails) {
          const messages: string[] = []
          for (let i = 0; i < 6; i++) {
            messages.push(await wrong(email))
          }
          runs.push(messages)
        }
        expect(runs[0]).toEqual(runs[2])
        expect(runs[1]).toEqual(runs[2])
        expect(runs[2].slice(-1)[0]).toMatch(/Too many wrong codes/)
      })

      it("says a code expired after ten minutes, whether or not the email has an account", async () => {
        const emails = await threeFreshCodes()
        clock.jumpMinutes(11)
        const messages = [await wrong(emails[0]), await wrong(emails[1]), await wrong(emails[2])]
        expect(messages).toEqual([messages[2], messages[2], messages[2]])
        expect(messages[2]).toMatch(/expired/)
      })
    })

    describe("POST /auth/user/emailpass", () => {
      const adminLogin = (password: string, headers: Record<string, string>) =>
        answer(api.post("/auth/user/emailpass", { email: ADMIN.email, password }, { headers }))

      it("refuses an address after 3 attempts in 15 minutes with 429 and Retry-After; others sign in", async () => {
        const address = fromNewAddress()
        for (let i = 0; i < 3; i++) {
          expect((await adminLogin("not the password", address)).status).toBe(401)
        }
        const limited = await adminLogin(ADMIN.password, address)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(limited.data).toMatchObject({ type: "too_many_requests", message: expect.stringMatching(/Too many sign-in attempts/) })
        expect(limited.data.retry_after).toBeGreaterThan(0)
        // another address is not affected
        expect((await adminLogin(ADMIN.password, fromNewAddress())).status).toBe(200)
        // the window ends
        clock.jumpMinutes(16)
        expect((await adminLogin(ADMIN.password, address)).status).toBe(200)
      })

      it("lets an admin who signs in successfully start again", async () => {
        const address = fromNewAddress()
        expect((await adminLogin("typo", address)).status).toBe(401)
        expect((await adminLogin("typo again", address)).status).toBe(401)
        expect((await adminLogin(ADMIN.password, address)).status).toBe(200)
        for (let i = 0; i < 3; i++) {
          expect((await adminLogin("wrong", address)).status).toBe(401)
        }
        expect((await adminLogin("wrong", address)).status).toBe(429)
      })
    })

    describe("per-user API limit", () => {
      it("gives each customer their own read budget: over it 429 with Retry-After, another customer unaffected", async () => {
        const first = await registerCustomer(api, ctx)
        const second = await registerCustomer(api, ctx)
        let res = await answer(api.get("/store/customers/me", bearer(first.token)))
        expect(res.status).toBe(200)
        expect(Number(res.headers["ratelimit-limit"])).toBe(STORE_READS)
        for (let left = Number(res.headers["ratelimit-remaining"]); left > 0; left--) {
          res = await answer(api.get("/store/customers/me", bearer(first.token)))
          expect(res.status).toBe(200)
        }
        const limited = await answer(api.get("/store/customers/me", bearer(first.token)))
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(limited.data).toMatchObject({ type: "too_many_requests", message: expect.stringMatching(/Too many requests/) })
        expect(limited.data.retry_after).toBeGreaterThan(0)

        // another customer, and the same customer's writes (their own budget), go on
        expect((await answer(api.get("/store/customers/me", bearer(second.token)))).status).toBe(200)
        const cart = await answer(api.post("/store/carts", { region_id: Object.values(ctx.regions)[0].id }, bearer(first.token)))
        expect(cart.status).toBe(200)

        clock.jumpMinutes(16)
        expect((await answer(api.get("/store/customers/me", bearer(first.token)))).status).toBe(200)
      })

      it("counts anonymous callers by address, not the storefront's own server-side calls", async () => {
        const address = fromNewAddress()
        let limited: Answer | null = null
        for (let i = 0; i <= STORE_READS && !limited; i++) {
          const res = await answer(api.get("/store/regions", store(address)))
          if (res.status === 429) {
            limited = res
          }
        }
        expect(limited?.status).toBe(429)
        expect(Number(limited?.headers["retry-after"])).toBeGreaterThan(0)
        expect((await answer(api.get("/store/regions", store(fromNewAddress())))).status).toBe(200)
        // the storefront's server (a trusted proxy) asking for no one in particular
        const storefront = await answer(api.get("/store/regions", store()))
        expect(storefront.status).toBe(200)
        expect(storefront.headers["ratelimit-remaining"]).toBeUndefined()
      })

      it("counts admin users on /admin too", async () => {
        const res = await answer(api.get("/admin/users/me", admin))
        expect(res.status).toBe(200)
        expect(Number(res.headers["ratelimit-limit"])).toBeGreaterThan(100)
        expect(Number(res.headers["ratelimit-remaining"])).toBeGreaterThan(0)
      })
    })

    describe("payment webhooks", () => {
      it("answers 404 for a provider that does not exist or is not configured here", async () => {
        const unknown = await answer(api.post("/hooks/payment/made_up_gateway", { type: "payment_intent.succeeded" }))
        expect(unknown.status).toBe(404)
        expect(unknown.data.type).toBe("not_found")
        // no Stripe keys in this app: its events are not taken (not 503 "deliver it again later")
        const stripe = await answer(
          api.post("/hooks/payment/stripe_stripe", { type: "payment_intent.succeeded" }, { headers: { "stripe-signature": "t=1,v1=forged" } })
        )
        expect(stripe.status).toBe(404)
        expect(stripe.data.message).toMatch(/not configured/)
      })
    })

    describe("POST /hooks/notifications/sendgrid", () => {
      const deliver = (timestamp: number) => {
        const body = JSON.stringify([{ event: "delivered", sg_message_id: "unknown.filter0001", timestamp }])
        const signature = sign("sha256", Buffer.from(String(timestamp) + body), privateKey).toString("base64")
        return answer(
          api.post("/hooks/notifications/sendgrid", body, {
            headers: {
              "content-type": "application/json",
              "x-twilio-email-event-webhook-signature": signature,
              "x-twilio-email-event-webhook-timestamp": String(timestamp),
            },
            transformRequest: [(d: unknown) => d],
          })
        )
      }

      it("takes a signed event within 5 minutes of its timestamp and refuses an older or future one (a replay)", async () => {
        const now = Math.floor(Date.now() / 1000)
        expect((await deliver(now)).status).toBe(204)
        const old = await deliver(now - 10 * 60)
        expect(old.status).toBe(401)
        expect(old.data.message).toMatch(/outside the accepted window/)
        expect((await deliver(now + 10 * 60)).status).toBe(401)
        // a captured event delivered again later
        const captured = await deliver(now)
        expect(captured.status).toBe(204)
        clock.jumpMinutes(6)
        expect((await deliver(now)).status).toBe(401)
      })
    })

    describe("DELETE /auth/mfa/factors/:id", () => {
      async function withTotp() {
        const shopper = await registerCustomer(api, ctx)
        const { data: started } = await api.post("/auth/mfa/factors", { provider: "totp" }, bearer(shopper.token, fromNewAddress()))
        await api.post(`/auth/mfa/factors/${started.mfa_factor.id}/verify`, { code: totp(started.secret) }, bearer(shopper.token, fromNewAddress()))
        clock.jumpMinutes(0.5) // the set-up code is spent
        return { ...shopper, secret: started.secret as string, factor_id: started.mfa_factor.id as string }
      }
      const remove = (factorId: string, token: string, body: Record<string, unknown>) =>
        answer(api.delete(`/auth/mfa/factors/${factorId}`, { ...bearer(token, fromNewAddress()), data: body }))

      it("answers 404 for someone else's factor whatever the password and code, before looking at them", async () => {
        const owner = await withTotp()
        const other = await withTotp()
        const answers = [
          await remove(owner.factor_id, other.token, { password: PASSWORD, method: "totp", code: totp(other.secret) }),
          await remove(owner.factor_id, other.token, { password: PASSWORD, method: "totp", code: "000000" }),
          await remove(owner.factor_id, other.token, { password: "not my password", method: "totp", code: "000000" }),
          await remove("mfa_doesnotexist", other.token, { password: PASSWORD, method: "totp", code: "000000" }),
        ]
        expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404])
        expect(answers.map((a) => a.data.type)).toEqual(["not_found", "not_found", "not_found", "not_found"])
        // still on
        const { data } = await api.get("/store/account/security", bearer(owner.token))
        expect(data.security.mfa_enabled).toBe(true)
      })

      it("turns the caller's own factor off with the password and a current code", async () => {
        const owner = await withTotp()
        expect((await remove(owner.factor_id, owner.token, { password: "not my password", method: "totp", code: totp(owner.secret) })).status).toBe(401)
        expect((await remove(owner.factor_id, owner.token, { method: "totp", code: totp(owner.secret) })).status).toBe(400)
        clock.jumpMinutes(0.5) // a fresh code
        const res = await remove(owner.factor_id, owner.token, { password: PASSWORD, method: "totp", code: totp(owner.secret) })
        expect(res.status).toBe(200)
        expect(res.data.disabled).toEqual(["totp"])
        const { data } = await api.get("/store/account/security", bearer(owner.token))
        expect(data.security.mfa_enabled).toBe(false)
      })
    })
  },
})
