import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { completeCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import type SubscriptionModuleService from "../../src/modules/subscription/service"
import { errorOf, eventually, findVariant, markOrderPaid, PASSWORD, payAndComplete, registerCustomer, statusOf, type StoreContext, US_ADDRESS } from "../helpers"
import { setupSecuritySpec, fromNewAddress, decode, jumpMinutes } from "../security-setup"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupSecuritySpec(runner)
    const { bearer, login, templates, withTotp } = s
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ ctx, admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
        // the link is mailed by the auth.password_reset subscriber, after the answer
        const { data } = await eventually<any>(
          () => api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=password_reset`, admin),
          (res: any) => res.data.notification_logs.length > 0
        )
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
