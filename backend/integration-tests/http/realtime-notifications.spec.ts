import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import net from "net"
import { io as connect, type Socket } from "socket.io-client"
import type { ChatSocketServer } from "../../src/modules/chat/realtime/server"
import type ChatModuleService from "../../src/modules/chat/service"
import type { RealtimeNotification } from "../../src/lib/realtime-notifications"
import { recordPaymentFailureWorkflow } from "../../src/workflows/payment"
import {
  adminHeaders,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  US_ADDRESS,
  type StoreContext,
} from "../helpers"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }

const REDIS = { host: "127.0.0.1", port: 6379 }
// read by medusa-config.ts when the app boots: a socket server on any free port, services provisioned at once
Object.assign(process.env, {
  CHAT_SOCKET_PORT: "0",
  GEMINI_API_KEY: "",
  CHAT_REDIS_KEY: `notify-spec-${process.pid}-${Date.now()}`,
  PROVISIONING_LOCAL_DELAY_MS: "100",
})

/** Whether a Redis server answers PING at 127.0.0.1:6379 (then the socket server uses the Redis adapter). */
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(REDIS)
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (d) => done(d.toString().startsWith("+PONG")))
  })
}

let withRedis = false
beforeAll(async () => {
  withRedis = await redisAnswers()
  if (withRedis) {
    process.env.CHAT_REDIS_URL = `redis://${REDIS.host}:${REDIS.port}/9`
  }
})

/** Every `notification` a socket hears, in order. */
type Inbox = { socket: Socket; heard: RealtimeNotification[] }

/** The first notification in `inbox` that `match` accepts, waiting up to `ms`. */
async function heard(inbox: Inbox, match: (n: RealtimeNotification) => boolean, ms = 15000): Promise<RealtimeNotification> {
  const until = Date.now() + ms
  for (;;) {
    const found = inbox.heard.find(match)
    if (found) {
      return found
    }
    if (Date.now() > until) {
      throw new Error(`no matching notification within ${ms} ms; heard: ${JSON.stringify(inbox.heard.map((n) => n.type))}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    const sockets: Socket[] = []

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    afterEach(() => {
      while (sockets.length) {
        sockets.pop()!.close()
      }
    })

    /** A socket.io client with the ticket of GET /store|admin/chats/socket, collecting its notifications. */
    async function inboxFor(headers: Headers, side: "store" | "admin", url?: string): Promise<Inbox> {
      const { data } = await api.get(`/${side}/chats/socket`, headers)
      const socket = connect(url ?? data.url, { auth: { token: data.token }, transports: ["websocket"], forceNew: true, reconnection: false })
      sockets.push(socket)
      const inbox: Inbox = { socket, heard: [] }
      socket.on("notification", (n: RealtimeNotification) => inbox.heard.push(n))
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve())
        socket.once("connect_error", reject)
      })
      return inbox
    }

    const shape = {
      id: expect.any(String),
      title: expect.any(String),
      body: expect.any(String),
      created_at: expect.any(String),
    }

    /** A pay-later purchase of one Cloud VPS plan, placed (not paid yet). */
    async function placeOrder(shopper: { email: string; headers: Headers }) {
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const { data } = await api.post("/store/carts", { region_id: ctx.regions["North America"].id, items: [line] }, shopper.headers)
      await api.post(`/store/carts/${data.cart.id}`, { email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS }, shopper.headers)
      const { data: placed } = await payAndComplete(api, data.cart.id, shopper.headers)
      return placed.order as { id: string; display_id: number }
    }

    it("a support reply reaches its customer (not another one), and a new ticket reaches the admins", async () => {
      const a = await registerCustomer(api, ctx)
      const b = await registerCustomer(api, ctx)
      const onA = await inboxFor(a.headers, "store")
      const onB = await inboxFor(b.headers, "store")
      const admins = await inboxFor(admin, "admin")

      const { data } = await api.post("/store/tickets", { subject: "Server unreachable", body: "Since this morning, please help." }, a.headers)
      const ticket = data.ticket
      expect(await heard(admins, (n) => n.type === "ticket.created" && n.url === `/tickets/${ticket.id}`)).toMatchObject({
        ...shape,
        title: "New ticket",
        body: expect.stringContaining("Server unreachable"),
      })

      // the customer's own reply tells them nothing; the admin's does
      await api.post(`/store/tickets/${ticket.id}/replies`, { body: "Still down." }, a.headers)
      await api.post(`/admin/tickets/${ticket.id}/replies`, { body: "We are on it." }, admin)
      const answered = await heard(onA, (n) => n.type === "ticket.answered")
      expect(answered).toMatchObject({ ...shape, title: "Support replied", url: `/account/support/${ticket.id}` })
      expect(answered.body).toContain("Server unreachable")
      await new Promise((r) => setTimeout(r, 500))
      expect(onA.heard.filter((n) => n.type === "ticket.answered")).toHaveLength(1)
      // customers hear nothing of the admins' news nor of another customer's
      expect(onA.heard.filter((n) => n.type === "ticket.created")).toHaveLength(0)
      expect(onB.heard).toEqual([])
    })

    it("payment received, subscription active and service ready reach the buyer, and nobody else", async () => {
      const a = await registerCustomer(api, ctx)
      const b = await registerCustomer(api, ctx)
      const order = await placeOrder(a)
      const onA = await inboxFor(a.headers, "store")
      const onB = await inboxFor(b.headers, "store")

      await markOrderPaid(api, order.id)
      expect(await heard(onA, (n) => n.type === "payment.received")).toMatchObject({
        ...shape,
        title: "Payment received",
        url: `/account/orders/${order.id}`,
        body: expect.stringContaining(`#${order.display_id}`),
      })
      const active = await heard(onA, (n) => n.type === "subscription.changed")
      expect(active).toMatchObject({ ...shape, title: "Subscription active", body: expect.stringContaining("Cloud VPS") })
      expect(active.url).toMatch(/^\/account\/subscriptions\/sub_/)
      expect(await heard(onA, (n) => n.type === "service.ready", 30000)).toMatchObject({ ...shape, url: active.url })
      expect(onB.heard).toEqual([])
    })

    it("a failed payment reaches its customer and the admins, not another customer", async () => {
      const a = await registerCustomer(api, ctx)
      const b = await registerCustomer(api, ctx)
      const onA = await inboxFor(a.headers, "store")
      const onB = await inboxFor(b.headers, "store")
      const admins = await inboxFor(admin, "admin")
      const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
      const { data } = await api.post("/store/carts", { region_id: ctx.regions["North America"].id, items: [line] }, a.headers)
      await api.post(`/store/carts/${data.cart.id}`, { email: a.email, billing_address: US_ADDRESS }, a.headers)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, a.headers)
      const { data: withSession } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        a.headers
      )
      const session = withSession.payment_collection.payment_sessions[0]

      // as a gateway's "payment failed" webhook records it
      const { result } = await recordPaymentFailureWorkflow(getContainer()).run({
        input: { event_key: `evt_${Date.now()}`, provider_id: "pp_system_default", action: "failed", session_id: session.id, reason: "card_declined", occurred_at: new Date() },
      })
      expect(result).toBeTruthy()
      const customer = (await api.get("/store/customers/me", a.headers)).data.customer
      expect(await heard(onA, (n) => n.type === "payment.failed")).toMatchObject({ ...shape, title: "Payment failed", url: "/cart" })
      expect(await heard(admins, (n) => n.type === "payment.failed")).toMatchObject({ ...shape, url: `/customers/${customer.id}` })
      await new Promise((r) => setTimeout(r, 500))
      expect(onB.heard).toEqual([])
    })

    it("with Redis, a notification reaches the customer's sockets on every server instance", async () => {
      if (!withRedis) {
        // eslint-disable-next-line no-console
        console.warn("realtime-notifications.spec: no Redis at 127.0.0.1:6379 — the cross-instance test is skipped")
        expect(process.env.CI ? "no Redis" : "skipped").toBe("skipped")
        return
      }
      const second: ChatSocketServer = await getContainer().resolve<ChatModuleService>("chat").createSocketServer(0)
      try {
        const a = await registerCustomer(api, ctx)
        const onFirst = await inboxFor(a.headers, "store")
        const onSecond = await inboxFor(a.headers, "store", `http://localhost:${second.port}`)
        const { data } = await api.post("/store/tickets", { subject: "Two tabs", body: "One question, two servers." }, a.headers)
        await api.post(`/admin/tickets/${data.ticket.id}/replies`, { body: "Heard on both." }, admin)
        const one = await heard(onFirst, (n) => n.type === "ticket.answered")
        const two = await heard(onSecond, (n) => n.type === "ticket.answered")
        expect(two.id).toBe(one.id)
      } finally {
        await second.close()
      }
    })
  },
})
