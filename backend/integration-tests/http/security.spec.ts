import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { emailedCode, errorOf, PASSWORD, registerCustomer, statusOf, type StoreContext, totp } from "../helpers"
import { setupSecuritySpec, fromNewAddress, decode, jumpMinutes } from "../security-setup"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api } = runner
    const s = setupSecuritySpec(runner)
    const { store, bearer, login, security, templates, withTotp } = s
    let ctx: StoreContext
    const refresh = () => ({ ctx } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
  },
})
