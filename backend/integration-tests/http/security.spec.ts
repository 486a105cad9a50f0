import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { completeCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import type SubscriptionModuleService from "../../src/modules/subscription/service"
import {
  adminHeaders,
  emailedCode,
  errorOf,
  eventually,
  findVariant,
  markOrderPaid,
  PASSWORD,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  totp,
  US_ADDRESS,
  decodeJwt,
  serverClock,
} from "../helpers"

// the production limits: 5 requests per 15 minutes per address on each group of auth routes
Object.assign(process.env, { AUTH_RATE_LIMIT_MAX: "5", AUTH_RATE_LIMIT_WINDOW_SECONDS: "900" })

jest.setTimeout(120 * 1000)

let ip = 0
/** a fresh client address per scenario (the test client is a trusted proxy) */
const fromNewAddress = () => ({ "x-forwarded-for": `198.51.100.${++ip}` })

const decode = decodeJwt

const clock = serverClock()
const jumpMinutes = clock.jumpMinutes

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
    const bearer = (token: string, extra: Record<string, string> = fromNewAddress()) => store({ authorization: `Bearer ${token}`, ...extra })
    const login = (email: string, password = PASSWORD, headers: Record<string, string> = fromNewAddress()) =>
      api.post("/auth/customer/emailpass", { email, password }, { headers })
    const security = async (token: string) => (await api.get("/store/account/security", bearer(token))).data.security
    /** the templates of the messages sent to an address, newest first (waiting for any still in flight) */
    const templates = async (email: string, expected: string[] = []) => {
      let found: string[] = []
      for (let i = 0; i < 30; i++) {
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&limit=50`, admin)
        found = data.notification_logs.map((l: any) => l.template)
        if (expected.every((t) => found.includes(t))) {
          break
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return found
    }

    /** a verified shopper with TOTP on; answers the secret */
    async function withTotp() {
      const shopper = await registerCustomer(api, ctx)
      const { data: started } = await api.post(
        "/auth/mfa/factors",
        { provider: "totp", label: shopper.email, issuer: "CloudServices" },
        bearer(shopper.token)
      )
      expect(started.otpauth_url).toContain("otpauth://totp/")
      expect(started.mfa_factor.status).toBe("pending")
      const { data: verified } = await api.post(
        `/auth/mfa/factors/${started.mfa_factor.id}/verify`,
        { code: totp(started.secret) },
        bearer(shopper.token)
      )
      expect(verified.mfa_factor.status).toBe("enabled")
      jumpMinutes(0.5) // the set-up code is spent: the next sign-in uses the next 30 s step
      return { ...shopper, secret: started.secret as string, factor_id: started.mfa_factor.id as string }
    }

    describe("registration and email verification", () => {
      it("sends a code, refuses sign-in until it is confirmed, then welcomes the customer", async () => {
        const email = `new-${Date.now()}@example.com`
        const { data, status } = await api.post(
          "/store/account/register",
          { email, password: PASSWORD, first_name: "Grace" },
          store(fromNewAddress())
        )
        expect(status).toBe(202)
        expect(data).toMatchObject({ email, resend_after_seconds: 60 })

        // not verified: no customer token, and the answer says why and how to resend
        const { data: early } = await login(email)
        expect(early.verification_required).toBe(true)
        expect(early.message).toMatch(/verify-email\/resend/)
        expect(decode(early.token).actor_id).toBe("")
        expect(early.verification.provider_metadata).toBeUndefined()
        expect(await statusOf(api.get("/store/customers/me", bearer(early.token)))).toBe(401)
        expect(await templates(email)).toEqual(["verification_code"])

        const { code } = await emailedCode(api, email)
        expect(code).toMatch(/^\d{6}$/)
        expect((await api.post("/store/account/verify-email", { email, code }, store(fromNewAddress()))).data).toEqual({ verified: true })

        const { data: signedIn } = await login(email)
        expect(decode(signedIn.token).actor_id).toMatch(/^cus_/)
        const me = await security(signedIn.token)
        expect(me.email_verified_at).toBeTruthy()
        expect(me.shopper_id).toMatch(/^CS-[2-9A-HJ-NP-Z]{6}$/)
        expect(me.events.map((e: any) => e.type)).toEqual(
          expect.arrayContaining(["registered", "login_unverified", "code_confirmed", "email_verified", "login_succeeded"])
        )
        // the welcome email comes after verification, once
        for (let i = 0; i < 30 && !(await templates(email)).includes("welcome"); i++) {
          await new Promise((r) => setTimeout(r, 100))
        }
        expect((await templates(email)).filter((t: string) => t === "welcome")).toHaveLength(1)
      })

      it("answers an existing email exactly like a new one, and tells its owner instead", async () => {
        const shopper = await registerCustomer(api, ctx)
        const fresh = `fresh-${Date.now()}@example.com`
        const a = await api.post("/store/account/register", { email: shopper.email, password: "another long passphrase" }, store(fromNewAddress()))
        const b = await api.post("/store/account/register", { email: fresh, password: "another long passphrase" }, store(fromNewAddress()))
        expect(a.status).toBe(b.status)
        expect({ ...a.data, email: "x", message: a.data.message.replace(/\S+@\S+/, "") }).toEqual({
          ...b.data,
          email: "x",
          message: b.data.message.replace(/\S+@\S+/, ""),
        })
        expect(await templates(shopper.email, ["account_exists"])).toContain("account_exists")
        // the old password still works: nothing was changed
        expect((await login(shopper.email)).data.token).toBeTruthy()
        // and Medusa's raw register route, which would tell them apart, is closed to customers
        expect(await statusOf(api.post("/auth/customer/emailpass/register", { email: `x${Date.now()}@example.com`, password: PASSWORD }))).toBe(403)
      })

      it("enforces the password rules", async () => {
        const email = `rules-${Date.now()}@example.com`
        const attempt = (password: string) => errorOf(api.post("/store/account/register", { email, password }, store(fromNewAddress())))
        expect(await attempt("short-pw")).toMatchObject({ status: 400, message: expect.stringMatching(/at least 10/) })
        expect(await attempt(`${email.split("@")[0]}-1234`)).toMatchObject({ status: 400, message: expect.stringMatching(/email/) })
        expect(await attempt("password123")).toMatchObject({ status: 400, message: expect.stringMatching(/too common/) })
        expect(await statusOf(api.post("/store/account/register", { email: "not-an-email", password: PASSWORD }, store(fromNewAddress())))).toBe(400)
        expect(await statusOf(api.post("/store/account/register", { email, password: PASSWORD, admin: true }, store(fromNewAddress())))).toBe(400)
      })

      it("locks a code after 5 wrong tries, expires it after 10 minutes, and rate-limits resends", async () => {
        const email = `codes-${Date.now()}@example.com`
        await api.post("/store/account/register", { email, password: PASSWORD }, store(fromNewAddress()))
        const first = await emailedCode(api, email)
        const wrong = first.code === "000000" ? "111111" : "000000"
        const verify = (code: string) => errorOf(api.post("/store/account/verify-email", { email, code }, store(fromNewAddress())))
        for (let i = 0; i < 4; i++) {
          expect(await verify(wrong)).toMatchObject({ status: 400, message: expect.stringMatching(/not valid/) })
        }
        expect(await verify(wrong)).toMatchObject({ status: 400, message: expect.stringMatching(/Too many wrong codes/) })
        // locked: even the right code fails now
        expect(await verify(first.code)).toMatchObject({ status: 400, message: expect.stringMatching(/Too many wrong codes/) })
        // unknown addresses get the plain refusal
        expect(
          (await errorOf(api.post("/store/account/verify-email", { email: `nobody-${Date.now()}@example.com`, code: "123456" }, store(fromNewAddress())))).message
        ).toMatch(/not valid/)

        // a new code needs the 60 s cooldown; the answer for an unknown address is the same
        const resend = (to: string) => api.post("/store/account/verify-email/resend", { email: to }, store(fromNewAddress())).catch((e: any) => e.response)
        const tooSoon = await resend(email)
        expect(tooSoon.status).toBe(429)
        expect(tooSoon.headers["retry-after"]).toBeTruthy()
        expect(tooSoon.data.retry_after).toBeGreaterThan(0)
        jumpMinutes(1.1)
        const again = await resend(email)
        expect(again.status).toBe(202)
        const second = await emailedCode(api, email, "verification_code", first.id)
        const unknown = await resend(`nobody-${Date.now()}@example.com`)
        expect(unknown.status).toBe(202)
        expect(unknown.data).toEqual(again.data)

        // 10 minutes later the new code has expired
        jumpMinutes(11)
        expect(await verify(second.code)).toMatchObject({ status: 400, message: expect.stringMatching(/expired/) })
        expect((await resend(email)).status).toBe(202)
        const third = await emailedCode(api, email, "verification_code", second.id)
        expect((await api.post("/store/account/verify-email", { email, code: third.code }, store(fromNewAddress()))).data.verified).toBe(true)
        // five codes an hour at most
        expect((await resend(email)).status).toBe(202) // verified: nothing sent, same answer
      })
    })

    describe("second factors", () => {
      it("never hands out a customer token before the second factor, on any sign-in path", async () => {
        const shopper = await withTotp()
        const { data: first } = await login(shopper.email)
        expect(first).toMatchObject({ mfa_required: true, mfa_challenge: { id: expect.any(String) } })
        expect(first.mfa_challenge.methods).toContain("totp")
        expect(decode(first.token).actor_id).toBe("")
        // the first-step token opens nothing
        expect(await statusOf(api.get("/store/customers/me", bearer(first.token)))).toBe(401)
        expect(await statusOf(api.get("/store/account/security", bearer(first.token)))).toBe(401)
        expect(await statusOf(api.get("/store/orders", bearer(first.token)))).toBe(401)
        expect(await statusOf(api.get("/auth/mfa/factors", { headers: { authorization: `Bearer ${first.token}`, ...fromNewAddress() } }))).toBe(401)
        // refreshing it or turning it into a session doesn't either
        const refreshed = await api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${first.token}`, ...fromNewAddress() } }).catch((e: any) => e.response)
        expect(refreshed.data.token ? decode(refreshed.data.token).actor_id : "").toBe("")
        const session = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${first.token}`, ...fromNewAddress() } })
        const cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(";")[0]
        expect(await statusOf(api.get("/store/customers/me", store({ cookie })))).toBe(401)

        // the second step with a code from the authenticator app
        const { data: done } = await api.post(
          `/auth/mfa/challenges/${first.mfa_challenge.id}/verify`,
          { method: "totp", code: totp(shopper.secret) },
          { headers: { authorization: `Bearer ${first.token}`, ...fromNewAddress() } }
        )
        expect(decode(done.token).actor_id).toMatch(/^cus_/)
        expect((await api.get("/store/customers/me", bearer(done.token))).data.customer.email).toBe(shopper.email)
      })

      it("accepts a TOTP code once, and the code of the previous 30 s step", async () => {
        const shopper = await withTotp()
        jumpMinutes(0.5) // two steps past the set-up code
        const challenge = async () => (await login(shopper.email)).data
        const a = await challenge()
        const previous = totp(shopper.secret, Math.floor(Date.now() / 1000) - 30)
        const verify = (c: any, code: string) =>
          api.post(`/auth/mfa/challenges/${c.mfa_challenge.id}/verify`, { method: "totp", code }, { headers: { authorization: `Bearer ${c.token}`, ...fromNewAddress() } })
        expect((await verify(a, previous)).data.token).toBeTruthy()
        const b = await challenge()
        expect(await errorOf(verify(b, previous))).toMatchObject({ status: 400, message: expect.stringMatching(/already used/) })
        const old = totp(shopper.secret, Math.floor(Date.now() / 1000) - 120)
        expect(await statusOf(verify(b, old))).toBeGreaterThanOrEqual(400)
      })

      it("gives 10 single-use recovery codes that count down", async () => {
        const shopper = await withTotp()
        const { data } = await api.post("/auth/mfa/recovery-codes", {}, bearer(shopper.token))
        expect(data.recovery_codes).toHaveLength(10)
        expect(new Set(data.recovery_codes).size).toBe(10)
        expect((await security(shopper.token)).recovery_codes_remaining).toBe(10)
        const c1 = (await login(shopper.email)).data
        const { data: done } = await api.post(
          `/auth/mfa/challenges/${c1.mfa_challenge.id}/verify`,
          { method: "recovery_code", code: data.recovery_codes[3] },
          { headers: { authorization: `Bearer ${c1.token}`, ...fromNewAddress() } }
        )
        expect(decode(done.token).actor_id).toMatch(/^cus_/)
        expect((await security(done.token)).recovery_codes_remaining).toBe(9)
        const c2 = (await login(shopper.email)).data
        expect(
          await statusOf(
            api.post(
              `/auth/mfa/challenges/${c2.mfa_challenge.id}/verify`,
              { method: "recovery_code", code: data.recovery_codes[3] },
              { headers: { authorization: `Bearer ${c2.token}`, ...fromNewAddress() } }
            )
          )
        ).toBe(400)
        expect(await templates(shopper.email, ["security_alert"])).toEqual(expect.arrayContaining(["security_alert"]))
      })

      it("signs in with an emailed code and with an SMS code after the phone is verified", async () => {
        const shopper = await registerCustomer(api, ctx)
        // SMS codes need a verified phone first
        expect(await statusOf(api.post("/auth/mfa/factors", { provider: "sms_otp" }, bearer(shopper.token)))).toBe(400)
        const phone = `+1415555${String(Date.now()).slice(-4)}`
        expect(await statusOf(api.post("/store/account/phone", { phone: "0123" }, bearer(shopper.token)))).toBe(400)
        await api.post("/store/account/phone", { phone }, bearer(shopper.token))
        const sms = await emailedCode(api, phone, "mfa_code_sms")
        expect(await statusOf(api.post("/store/account/phone/verify", { code: "12345" }, bearer(shopper.token)))).toBe(400)
        const { data: phoned } = await api.post("/store/account/phone/verify", { code: sms.code }, bearer(shopper.token))
        expect(phoned.security).toMatchObject({ phone, phone_verified_at: expect.any(String) })

        for (const [provider, to, template] of [
          ["email_otp", shopper.email, "mfa_code"],
          ["sms_otp", phone, "mfa_code_sms"],
        ]) {
          const { data: started } = await api.post("/auth/mfa/factors", { provider }, bearer(shopper.token))
          expect(started.sent_to).toContain(to.slice(-4))
          const setup = await emailedCode(api, to, template)
          await api.post(`/auth/mfa/factors/${started.mfa_factor.id}/verify`, { code: setup.code }, bearer(shopper.token))
        }
        const me = await security(shopper.token)
        expect(me.factors.filter((f: any) => f.status === "enabled").map((f: any) => f.provider).sort()).toEqual(["email_otp", "sms_otp"])

        for (const [method, to, template] of [
          ["email_otp", shopper.email, "mfa_code"],
          ["sms_otp", phone, "mfa_code_sms"],
        ]) {
          const c = (await login(shopper.email)).data
          expect(c.mfa_challenge.methods).toEqual(expect.arrayContaining(["email_otp", "sms_otp"]))
          const before = await emailedCode(api, to, template)
          jumpMinutes(0.5) // one code per 30 s per method
          const { data: sent } = await api.post("/store/account/mfa/send-code", { method }, bearer(c.token))
          expect(sent.expires_in_seconds).toBe(600)
          const { code } = await emailedCode(api, to, template, before.id)
          const verify = () =>
            api.post(`/auth/mfa/challenges/${c.mfa_challenge.id}/verify`, { method, code }, { headers: { authorization: `Bearer ${c.token}`, ...fromNewAddress() } })
          expect(decode((await verify()).data.token).actor_id).toMatch(/^cus_/)
          // single use
          const c2 = (await login(shopper.email)).data
          expect(
            await statusOf(
              api.post(`/auth/mfa/challenges/${c2.mfa_challenge.id}/verify`, { method, code }, { headers: { authorization: `Bearer ${c2.token}`, ...fromNewAddress() } })
            )
          ).toBe(400)
        }
      })

      it("turns a factor off only with the password and a current code, and emails about it", async () => {
        const shopper = await withTotp()
        const other = await withTotp()
        const disable = (factorId: string, body: Record<string, unknown>, token = shopper.token) =>
          api.post(`/store/account/security/factors/${factorId}/disable`, body, bearer(token, fromNewAddress()))
        const code = () => totp(shopper.secret)
        expect(await statusOf(disable(shopper.factor_id, { password: "wrong password!", method: "totp", code: code() }))).toBe(401)
        expect(await statusOf(disable(shopper.factor_id, { password: PASSWORD, method: "totp", code: "000000" }))).toBe(400)
        expect(await statusOf(disable(shopper.factor_id, { method: "totp", code: code() }))).toBe(400)
        // someone else's factor is not found
        expect(await statusOf(disable(other.factor_id, { password: PASSWORD, method: "totp", code: code() }))).toBe(404)
        // Medusa's own route needs the same proof
        expect(await statusOf(api.delete(`/auth/mfa/factors/${shopper.factor_id}`, { headers: { authorization: `Bearer ${shopper.token}`, ...fromNewAddress() } }))).toBe(400)
        jumpMinutes(0.5) // the next TOTP step: a fresh code
        const { data } = await disable(shopper.factor_id, { password: PASSWORD, method: "totp", code: code() })
        expect(data.security.mfa_enabled).toBe(false)
        expect((await login(shopper.email)).data.mfa_required).toBeUndefined()
        // the alerts are sent by a subscriber: wait for the second one (factor on, factor off)
        const alerts = async () => (await templates(shopper.email)).filter((t: string) => t === "security_alert").length
        for (let i = 0; i < 30 && (await alerts()) < 2; i++) {
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(await alerts()).toBeGreaterThanOrEqual(2)
      })
    })

    describe("abuse limits", () => {
      it("limits sign-in attempts per address to 5 per 15 minutes, then lets them through again", async () => {
        const shopper = await registerCustomer(api, ctx)
        const addr = fromNewAddress()
        for (let i = 0; i < 5; i++) {
          expect((await login(shopper.email, PASSWORD, addr)).status).toBe(200)
        }
        const limited = await errorOf(login(shopper.email, PASSWORD, addr))
        expect(limited).toMatchObject({ status: 429, message: expect.stringMatching(/Too many sign-in attempts/) })
        // another address is not affected
        expect((await login(shopper.email, PASSWORD, fromNewAddress())).status).toBe(200)
        jumpMinutes(16)
        expect((await login(shopper.email, PASSWORD, addr)).status).toBe(200)
      })

      it("locks an account after 5 failed sign-ins with backoff, the same for unknown emails", async () => {
        const shopper = await registerCustomer(api, ctx)
        const unknown = `ghost-${Date.now()}@example.com`
        for (const email of [shopper.email, unknown]) {
          for (let i = 0; i < 4; i++) {
            expect(await errorOf(login(email, "wrong password 123"))).toMatchObject({ status: 401, message: "Invalid email or password" })
          }
          const fifth = await errorOf(login(email, "wrong password 123"))
          expect(fifth).toMatchObject({ status: 401, message: "Invalid email or password" })
          const locked = await errorOf(login(email, PASSWORD))
          expect(locked.status).toBe(429)
          expect(locked.message).toMatch(/Too many failed sign-ins for this account/)
        }
        // the lock ends (first lock: 1 minute), the right password works and clears the count
        jumpMinutes(1.5)
        expect((await login(shopper.email)).status).toBe(200)
        const events = (await api.get(`/admin/customers/${decode((await login(shopper.email)).data.token).actor_id}/security`, admin)).data.security.events
        expect(events.map((e: any) => e.type)).toEqual(expect.arrayContaining(["login_failed", "login_locked"]))
      })

      it("answers failed sign-ins alike, known email or not, in similar time", async () => {
        const shopper = await registerCustomer(api, ctx)
        const time = async (email: string) => {
          const start = Date.now()
          const error = await errorOf(login(email, "not the password"))
          return { error, ms: Date.now() - start }
        }
        const known = await time(shopper.email)
        const unknown = await time(`nobody-${Date.now()}@example.com`)
        expect(known.error).toEqual(unknown.error)
        expect(unknown.ms).toBeGreaterThanOrEqual(390)
        expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(400)
        // reset requests: always 201
        expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: shopper.email }, { headers: fromNewAddress() })).status).toBe(201)
        expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.com" }, { headers: fromNewAddress() })).status).toBe(201)
      })
    })

    describe("passwords", () => {
      it("changes the password only with the current one, and emails the customer", async () => {
        const shopper = await registerCustomer(api, ctx)
        const change = (body: Record<string, unknown>) => api.post("/store/account/change-password", body, bearer(shopper.token, fromNewAddress()))
        expect(await statusOf(change({ current_password: "not my password", new_password: "a brand new passphrase" }))).toBe(401)
        expect(await statusOf(change({ current_password: PASSWORD, new_password: "short" }))).toBe(400)
        expect((await change({ current_password: PASSWORD, new_password: "a brand new passphrase" })).data).toEqual({ success: true })
        expect(await statusOf(login(shopper.email))).toBe(401)
        expect((await login(shopper.email, "a brand new passphrase")).data.token).toBeTruthy()
        expect(await templates(shopper.email, ["security_alert"])).toContain("security_alert")
      })

      it("resets through a one-hour, single-use link; a weak password doesn't spend it", async () => {
        const shopper = await registerCustomer(api, ctx)
        await api.post("/auth/customer/emailpass/reset-password", { identifier: shopper.email }, { headers: fromNewAddress() })
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=password_reset`, admin)
        const link = new URL(data.notification_logs[0].data.reset_url)
        const token = link.searchParams.get("token")!
        expect(decode(token).exp - decode(token).iat).toBe(3600)
        const update = (password: string) =>
          api.post("/auth/customer/emailpass/update", { password }, { headers: { authorization: `Bearer ${token}`, ...fromNewAddress() } })
        expect(await errorOf(update("tiny"))).toMatchObject({ status: 400 })
        expect((await update("the new secure phrase")).data).toEqual({ success: true })
        expect(await errorOf(update("yet another phrase!"))).toMatchObject({ status: 401, message: expect.stringMatching(/already used or has expired/) })
        expect((await login(shopper.email, "the new secure phrase")).data.token).toBeTruthy()

        // an hour later a link no longer works
        await api.post("/auth/customer/emailpass/reset-password", { identifier: shopper.email }, { headers: fromNewAddress() })
        const { data: again } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=password_reset`, admin)
        const late = new URL(again.notification_logs[0].data.reset_url).searchParams.get("token")!
        jumpMinutes(61)
        expect(
          await statusOf(api.post("/auth/customer/emailpass/update", { password: "too late phrase!" }, { headers: { authorization: `Bearer ${late}`, ...fromNewAddress() } }))
        ).toBe(401)
      })
    })

    describe("suspension, deletion and admin tools", () => {
      it("suspends a customer: old token refused, sign-in and checkout refused, all recorded; activate undoes it", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", shopper.headers)
        const id = me.customer.id
        // a cart made before the suspension
        const { data: cart } = await api.post("/store/carts", { region_id: ctx.regions["North America"].id }, shopper.headers)
        expect(await statusOf(api.post(`/admin/customers/${id}/suspend`, {}, admin))).toBe(400)
        const { data: suspended } = await api.post(`/admin/customers/${id}/suspend`, { reason: "Chargeback fraud" }, admin)
        expect(suspended.security).toMatchObject({ status: "suspended", suspension_reason: "Chargeback fraud" })

        expect(await errorOf(api.get("/store/customers/me", shopper.headers))).toMatchObject({ status: 401, message: expect.stringMatching(/suspended/) })
        expect(await statusOf(api.post(`/store/carts/${cart.cart.id}/complete`, {}, shopper.headers))).toBe(401)
        expect(await errorOf(login(shopper.email))).toMatchObject({ status: 403, message: expect.stringMatching(/suspended/) })
        // a guest checkout with the suspended account's email is refused too: the store wants the
        // plan's buyer signed in, and a completion without a request (a payment webhook) finds the
        // account suspended
        const { line } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
        const { data: guest } = await api.post("/store/carts", { region_id: cart.cart.region_id }, ctx.storeHeaders)
        await api.post(`/store/carts/${guest.cart.id}`, { email: shopper.email, shipping_address: US_ADDRESS, billing_address: US_ADDRESS }, ctx.storeHeaders)
        await api.post(`/store/carts/${guest.cart.id}/line-items`, line, ctx.storeHeaders)
        expect(await errorOf(payAndComplete(api, guest.cart.id, ctx.storeHeaders))).toMatchObject({ status: 400, message: expect.stringMatching(/Sign in/) })
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: guest.cart.id }, ctx.storeHeaders)
        await createPaymentSessionsWorkflow(getContainer()).run({ input: { payment_collection_id: pc.payment_collection.id, provider_id: "pp_system_default" } })
        const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: guest.cart.id }, throwOnError: false })
        expect(errors[0]?.error?.message).toMatch(/suspended/)

        expect(await templates(shopper.email, ["account_suspended"])).toContain("account_suspended")
        const { data: log } = await api.get(`/admin/action-logs?customer_id=${id}`, admin)
        expect(log.action_logs[0]).toMatchObject({ action: "customer.suspended", reason: "Chargeback fraud", actor_type: "user" })

        await api.post(`/admin/customers/${id}/activate`, { reason: "Resolved with the bank" }, admin)
        expect((await api.get("/store/customers/me", shopper.headers)).status).toBe(200)
        const { data: log2 } = await api.get(`/admin/action-logs?customer_id=${id}`, admin)
        expect(log2.action_logs.map((a: any) => a.action)).toEqual(["customer.activated", "customer.suspended"])
      })

      it("lets support reset a customer's 2FA (reason required), send a reset link and find them by shopper id", async () => {
        const shopper = await withTotp()
        const id = decode(shopper.token).actor_id
        expect(await statusOf(api.post(`/admin/customers/${id}/reset-2fa`, { reason: "" }, admin))).toBe(400)
        const { data } = await api.post(`/admin/customers/${id}/reset-2fa`, { reason: "Lost phone, identity checked by video call" }, admin)
        expect(data.security.mfa_enabled).toBe(false)
        expect((await login(shopper.email)).data.mfa_required).toBeUndefined()
        await api.post(`/admin/customers/${id}/reset-password`, {}, admin)
        expect(await templates(shopper.email, ["password_reset"])).toEqual(expect.arrayContaining(["security_alert", "password_reset"]))
        const { data: log } = await api.get(`/admin/action-logs?customer_id=${id}`, admin)
        expect(log.action_logs.map((a: any) => a.action)).toEqual(["customer.password_reset_sent", "customer.2fa_reset"])

        const { data: found } = await api.get(`/admin/customers/lookup?shopper_id=${data.security.shopper_id.toLowerCase()}`, admin)
        expect(found.customer).toMatchObject({ id, email: shopper.email })
        expect(await statusOf(api.get("/admin/customers/lookup?shopper_id=CS-222222", admin))).toBe(404)
        expect(await statusOf(api.get("/admin/customers/lookup?shopper_id=nope", admin))).toBe(400)
      })

      it("deletes an account with the password: anonymised, signed out everywhere, orders kept", async () => {
        const shopper = await registerCustomer(api, ctx)
        const id = decode(shopper.token).actor_id
        const { line } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
        const { data: c } = await api.post(
          "/store/carts",
          { region_id: ctx.regions["North America"].id, shipping_address: US_ADDRESS, billing_address: US_ADDRESS },
          shopper.headers
        )
        await api.post(`/store/carts/${c.cart.id}/line-items`, line, shopper.headers)
        const { data: placed } = await payAndComplete(api, c.cart.id, shopper.headers)
        const order = placed.order

        expect(await statusOf(api.delete("/store/account", { ...shopper.headers, data: { password: "wrong password!" } }))).toBe(401)
        expect((await api.delete("/store/account", { ...shopper.headers, data: { password: PASSWORD } })).data).toEqual({ deleted: true })

        expect(await statusOf(api.get("/store/customers/me", shopper.headers))).toBe(401)
        expect(await statusOf(login(shopper.email))).toBe(401)
        const { data: customer } = await api.get(`/admin/customers/${id}`, admin)
        expect(customer.customer).toMatchObject({ first_name: null, last_name: null, phone: null })
        expect(customer.customer.email).not.toContain(shopper.email.split("@")[0])
        const { data: kept } = await api.get(`/admin/orders/${order.id}`, admin)
        expect(kept.order.id).toBe(order.id)
        expect((await api.get(`/admin/customers/${id}/security`, admin)).data.security.status).toBe("deleted")
        expect(await templates(shopper.email, ["account_deleted"])).toContain("account_deleted")
      })

      it("ends the renewals of a deleted account's plans, and leaves them renewing when the deletion fails part-way", async () => {
        const shopper = await registerCustomer(api, ctx)
        const id = decode(shopper.token).actor_id
        const { line } = await findVariant(api, ctx, "cloud-vps", "Starter", "Monthly")
        const { data: c } = await api.post(
          "/store/carts",
          { region_id: ctx.regions["North America"].id, shipping_address: US_ADDRESS, billing_address: US_ADDRESS },
          shopper.headers
        )
        await api.post(`/store/carts/${c.cart.id}/line-items`, line, shopper.headers)
        const { data: placed } = await payAndComplete(api, c.cart.id, shopper.headers)
        await markOrderPaid(api, placed.order.id)
        const subs: SubscriptionModuleService = getContainer().resolve(SUBSCRIPTION_MODULE)
        const [sub] = await eventually(
          () => subs.listSubscriptions({ customer_id: id } as never),
          (list) => list.some((s) => s.status === "active")
        )
        await subs.updateSubscriptions({ id: sub.id, auto_renew: true, cancel_at_period_end: false })
        const timeline = async () => (await subs.listSubscriptionEvents({ subscription_id: sub.id } as never)).filter((e) => e.note === "Account deleted")

        // the anonymisation fails after the renewals were ended: they are restored, the account stays
        const customers = getContainer().resolve(Modules.CUSTOMER)
        const update = customers.updateCustomers.bind(customers)
        const failing = jest.spyOn(customers, "updateCustomers").mockImplementation((async (...args: any[]) => {
          if (String(args[1]?.email ?? "").startsWith("deleted-")) {
            throw new Error("customer store unavailable")
          }
          return (update as any)(...args)
        }) as any)
        expect(await statusOf(api.delete("/store/account", { ...shopper.headers, data: { password: PASSWORD } }))).toBeGreaterThanOrEqual(400)
        failing.mockRestore()
        expect(await subs.retrieveSubscription(sub.id)).toMatchObject({ auto_renew: true, cancel_at_period_end: false })
        expect(await timeline()).toHaveLength(0)
        expect((await api.get(`/admin/customers/${id}/security`, admin)).data.security.status).toBe("active")

        // deleted for real: the plan runs to the end of its paid term and renews no more
        expect((await api.delete("/store/account", { ...shopper.headers, data: { password: PASSWORD } })).data).toEqual({ deleted: true })
        expect(await subs.retrieveSubscription(sub.id)).toMatchObject({ status: "active", auto_renew: false, cancel_at_period_end: true })
        expect(await timeline()).toEqual([expect.objectContaining({ type: "cancel_requested", actor: "customer", actor_id: id })])
      })
    })
  },
})
