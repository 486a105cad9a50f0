import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  totp,
  US_ADDRESS,
} from "../helpers"
import { routeFiles } from "../route-list"

jest.setTimeout(240 * 1000)

/**
 * Broken object-level authorization, probed over every store route that takes
 * an id: Medusa's own (read from its route files) and the product's. Customer
 * A owns a cart, an order, a payment collection, a subscription, a ticket, a
 * chat, an address, a notification and a second factor; customer B and an
 * anonymous caller try every method of every such route with A's ids. They
 * must get exactly what they get for ids that do not exist (a 404, or the
 * 401 of a route that needs a signed-in customer), never a 2xx, and A's
 * objects must be unchanged afterwards.
 */

/** Routes with ids of public catalog objects (the same for everybody). */
const PUBLIC = [
  /^\/store\/(products|regions|collections|product-categories|product-options|product-tags|product-types|product-variants|currencies|return-reasons)\/\[/,
  /^\/store\/help\/articles\/\[handle\]/,
  /^\/store\/content\/(posts|resources|pages)\/\[handle\]$/,
  // the option is public; the cart named in the body is probed below
  /^\/store\/shipping-options\/\[id\]\/calculate$/,
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    it("gives nobody else a registered customer's objects through any store route", async () => {
      const a = await registerCustomer(api, ctx)
      const b = await registerCustomer(api, ctx)
      const anonymous = ctx.storeHeaders

      // A's objects: a paid order with its subscription, an open cart with a payment collection, and the rest
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const region_id = ctx.regions["North America"].id
      const newCart = async () => {
        const { data } = await api.post("/store/carts", { region_id, items: [line] }, a.headers)
        await api.post(`/store/carts/${data.cart.id}`, { billing_address: US_ADDRESS, shipping_address: US_ADDRESS }, a.headers)
        return data.cart
      }
      const completedCart = await newCart()
      const { data: placed } = await payAndComplete(api, completedCart.id, a.headers)
      const order = placed.order
      await markOrderPaid(api, order.id)
      const { data: subs } = await eventually(
        () => api.get("/store/subscriptions", a.headers),
        (r: any) => r.data.subscriptions[0]?.status === "active"
      )
      const subscription = subs.subscriptions[0]
      const cart = await newCart()
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.id }, a.headers)
      const { data: ticket } = await api.post("/store/tickets", { subject: "Mine alone", category: "technical", body: "My server." }, a.headers)
      const { data: chat } = await api.post("/store/chats", { message: "Hello, it is A" }, a.headers)
      const { data: address } = await api.post("/store/customers/me/addresses", US_ADDRESS, a.headers)
      const { data: notifications } = await eventually(
        () => api.get("/store/account/notifications", a.headers),
        (r: any) => r.data.notifications.length > 0
      )
      const { data: factor } = await api.post("/auth/mfa/factors", { provider: "totp", label: a.email, issuer: "CloudServices" }, a.headers)
      await api.post(`/auth/mfa/factors/${factor.mfa_factor.id}/verify`, { code: totp(factor.secret) }, a.headers)

      const theirs: Record<string, string> = {
        "carts/[id]": cart.id,
        "line_id": (await api.get(`/store/carts/${cart.id}`, a.headers)).data.cart.items[0].id,
        "orders/[id]": order.id,
        "payment-collections/[id]": pc.payment_collection.id,
        "subscriptions/[id]": subscription.id,
        "tickets/[id]": ticket.ticket.id,
        "chats/[id]": chat.chat.id,
        "addresses/[address_id]": address.customer.addresses[0].id,
        "notifications/[id]": notifications.notifications[0].id,
        "factors/[id]": factor.mfa_factor.id,
      }
      const nobodys: Record<string, string> = {
        "carts/[id]": "cart_01NOBODY0000000000000000",
        "line_id": "cali_01NOBODY0000000000000000",
        "orders/[id]": "order_01NOBODY0000000000000000",
        "payment-collections/[id]": "pay_col_01NOBODY0000000000000000",
        "subscriptions/[id]": "sub_01NOBODY0000000000000000",
        "tickets/[id]": "tkt_01NOBODY0000000000000000",
        "chats/[id]": "chat_01NOBODY0000000000000000",
        "addresses/[address_id]": "cuaddr_01NOBODY0000000000000000",
        "notifications/[id]": "nlog_01NOBODY0000000000000000",
        "factors/[id]": "mfa_01NOBODY0000000000000000",
      }
      /** the URL of `path` with every id of A's (or of nobody's), or null when it takes none of them */
      const fill = (path: string, ids: Record<string, string>) => {
        let url = path
        let owned = false
        for (const [key, id] of Object.entries(ids)) {
          const param = key.includes("/") ? key : `[${key}]`
          if (url.includes(param)) {
            url = url.replace(param, key.includes("/") ? key.replace(/\[.*\]/, id) : id)
            owned = true
          }
        }
        // nested ids of the object's own children (attachments, messages, credit notes) need not exist
        url = url.replace(/\[[a-z_]+\]/g, "nested_01NOBODY")
        return owned ? url : null
      }

      const routes = routeFiles(["store"]).map((r) => ({ ...r, path: r.file_path }))
      expect(routes.filter((r) => r.source === "medusa").length).toBeGreaterThan(30)
      expect(routes.filter((r) => r.source === "product").length).toBeGreaterThan(30)
      const unmapped = routes
        .filter((r) => r.path.includes("[") && !PUBLIC.some((p) => p.test(r.path)))
        .filter((r) => !fill(r.path, theirs))
        .map((r) => r.path)
      // a new store route with an id must be added to the maps above
      expect(unmapped).toEqual([])

      type Probe = { label: string; call: (headers: any, ids: Record<string, string>) => Promise<unknown> }
      const send = (method: string, url: string, body: unknown, headers: any) =>
        method === "GET" ? api.get(url, headers) : method === "DELETE" ? api.delete(url, headers) : api.post(url, body, headers)
      const probes: Probe[] = []
      for (const route of routes) {
        if (!fill(route.path, theirs)) {
          continue
        }
        for (const method of route.methods) {
          probes.push({
            label: `${method} ${route.path}`,
            call: (headers, ids) => send(method, fill(route.path, ids)!, bodyFor(route.path), headers),
          })
        }
      }
      // routes that name the object in the body or query, and a completed cart (Medusa answers its order)
      probes.push(
        {
          label: "POST /store/carts/:id/complete (completed)",
          call: (h, ids) => api.post(`/store/carts/${ids === theirs ? completedCart.id : ids["carts/[id]"]}/complete`, {}, h),
        },
        { label: "POST /store/payment-collections {cart_id}", call: (h, ids) => api.post("/store/payment-collections", { cart_id: ids["carts/[id]"] }, h) },
        { label: "GET /store/shipping-options?cart_id", call: (h, ids) => api.get(`/store/shipping-options?cart_id=${ids["carts/[id]"]}`, h) },
        {
          label: "POST /store/shipping-options/:id/calculate {cart_id}",
          call: (h, ids) => api.post("/store/shipping-options/so_01NOBODY/calculate", { cart_id: ids["carts/[id]"] }, h),
        },
        {
          label: "POST /store/returns {order_id}",
          call: (h, ids) => api.post(
              "/store/returns",
              { order_id: ids["orders/[id]"], items: [{ id: "ordli_1", quantity: 1 }], return_shipping: { option_id: "so_01NOBODY" } },
              h
            ),
        }
      )
      /** plausible bodies, so that a refusal is about the id and not the body */
      function bodyFor(path: string) {
        if (path.endsWith("/line-items")) return line
        if (path.endsWith("/line-items/[line_id]")) return { quantity: 2 }
        if (path.endsWith("/promotions")) return { promo_codes: ["WELCOME10"] }
        if (path.endsWith("/shipping-methods")) return { option_id: "so_01NOBODY" }
        if (path === "/store/carts/[id]") return { email: "attacker@example.com" }
        if (path.endsWith("/payment-sessions")) return { provider_id: "pp_system_default" }
        if (path.endsWith("/transfer/accept") || path.endsWith("/transfer/decline")) return { token: "guess" }
        if (path.endsWith("/replies") || path.endsWith("/messages")) return { body: "Not yours" }
        if (path.endsWith("/cancel")) return {}
        if (path.endsWith("/auto-renew")) return { enabled: false }
        if (path.endsWith("/change-plan")) return { variant_id: line.variant_id }
        if (path.endsWith("/credentials")) return { password: a.password }
        if (path.endsWith("/reinstall")) return { os: "ubuntu-24.04" }
        if (path.endsWith("/feedback")) return { helpful: false }
        if (path.endsWith("/rating")) return { rating: 1 }
        if (path.endsWith("/disable")) return { password: a.password, method: "totp", code: totp(factor.secret) }
        if (path.endsWith("/attachments")) {
          const form = new FormData()
          form.append("files", new Blob(["not yours"], { type: "text/plain" }), "note.txt")
          return form
        }
        return {}
      }

      const answer = async (call: () => Promise<unknown>) => {
        try {
          const res = (await call()) as { status: number }
          return { status: res.status, type: "ok" }
        } catch (e: any) {
          return { status: e.response?.status ?? 0, type: String(e.response?.data?.type ?? "") }
        }
      }
      const problems: string[] = []
      for (const [who, headers] of [
        ["customer B", b.headers],
        ["anonymous", anonymous],
      ] as const) {
        for (const probe of probes) {
          const mine = await answer(() => probe.call(headers, theirs))
          const none = await answer(() => probe.call(headers, nobodys))
          const allowed = who === "anonymous" ? [401, 404] : [404]
          if (!allowed.includes(mine.status) || mine.status !== none.status) {
            problems.push(`${who}: ${probe.label} → ${mine.status} ${mine.type} (an unknown id: ${none.status} ${none.type})`)
          }
        }
      }
      expect(problems).toEqual([])

      // A's objects are as A left them, and A still uses them
      const { data: after } = await api.get(`/store/carts/${cart.id}?fields=id,email,customer_id,*items`, a.headers)
      expect(after.cart.customer_id).toBe(order.customer_id)
      expect(after.cart.email).toBe(a.email)
      expect(after.cart.items).toHaveLength(1)
      expect(after.cart.items[0].quantity).toBe(1)
      expect((await api.get(`/store/orders/${order.id}`, a.headers)).data.order.customer_id).toBe(order.customer_id)
      const { data: subAfter } = await api.get(`/store/subscriptions/${subscription.id}`, a.headers)
      expect(subAfter.subscription.status).toBe("active")
      expect(subAfter.subscription.auto_renew).toBe(subscription.auto_renew)
      const { data: ticketAfter } = await api.get(`/store/tickets/${ticket.ticket.id}`, a.headers)
      expect(ticketAfter.ticket.status).toBe(ticket.ticket.status)
      const { data: chatAfter } = await api.get(`/store/chats/${chat.chat.id}`, a.headers)
      expect(chatAfter.chat.status).toBe(chat.chat.status)
      const { data: me } = await api.get("/store/customers/me?fields=*addresses", a.headers)
      expect(me.customer.addresses).toHaveLength(1)
      const admin = await adminHeaders(api)
      const { data: transfers } = await api.get(`/admin/orders/${order.id}/changes`, admin)
      expect(transfers.order_changes.filter((c: any) => c.change_type === "transfer")).toEqual([])
    })

    it("keeps guest carts working by id, and a guest cart can be claimed on sign-in", async () => {
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const region_id = ctx.regions["North America"].id
      const { data } = await api.post("/store/carts", { region_id }, ctx.storeHeaders)
      const id = data.cart.id
      await api.post(`/store/carts/${id}/line-items`, line, ctx.storeHeaders)
      await api.post(`/store/carts/${id}`, { email: `guest-${Date.now()}@example.com` }, ctx.storeHeaders)
      expect((await api.get(`/store/carts/${id}`, ctx.storeHeaders)).data.cart.items).toHaveLength(1)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: id }, ctx.storeHeaders)
      expect(pc.payment_collection.id).toBeTruthy()

      // signing in claims the guest cart; from then on it is the customer's alone
      const shopper = await registerCustomer(api, ctx)
      const { data: claimed } = await api.post(`/store/carts/${id}/customer`, {}, shopper.headers)
      expect(claimed.cart.email).toBe(shopper.email)
      expect(await statusOf(api.get(`/store/carts/${id}`, ctx.storeHeaders))).toBe(404)
      expect(await statusOf(api.post(`/store/carts/${id}/line-items`, line, ctx.storeHeaders))).toBe(404)
      expect(
        await statusOf(api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, ctx.storeHeaders))
      ).toBe(404)
      expect((await api.get(`/store/carts/${id}`, shopper.headers)).data.cart.items).toHaveLength(1)
      const other = await registerCustomer(api, ctx)
      expect(await statusOf(api.post(`/store/carts/${id}/customer`, {}, other.headers))).toBe(404)
    })

    it("never makes a stranger's cart a registered customer's by their email (no takeover, no account oracle)", async () => {
      const region_id = ctx.regions["North America"].id
      const owner = await registerCustomer(api, ctx)
      const { data: me } = await api.get("/store/customers/me", owner.headers)
      // creating a cart with an email is for signed-in customers; a guest gets one answer whatever the email
      const known = await api.post("/store/carts", { region_id, email: owner.email }, ctx.storeHeaders).catch((e: any) => e.response)
      const unknown = await api.post("/store/carts", { region_id, email: `nobody-${Date.now()}@example.com` }, ctx.storeHeaders).catch((e: any) => e.response)
      expect([known.status, known.data]).toEqual([400, unknown.data])
      // setting the email on a guest cart keeps it the guest's: still readable by id, not the customer's
      const { data } = await api.post("/store/carts", { region_id }, ctx.storeHeaders)
      await api.post(`/store/carts/${data.cart.id}`, { email: owner.email }, ctx.storeHeaders)
      const { data: after } = await api.get(`/store/carts/${data.cart.id}?fields=id,email,customer_id`, ctx.storeHeaders)
      expect(after.cart.email).toBe(owner.email)
      expect(after.cart.customer_id).not.toBe(me.customer.id)
      // the customer's own carts keep their email
      const { data: mine } = await api.post("/store/carts", { region_id, email: owner.email }, owner.headers)
      expect(mine.cart.customer_id).toBe(me.customer.id)
    })
  },
})
