import type { MedusaContainer } from "@medusajs/framework/types"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { Webhook } from "standardwebhooks"
import {
  adminHeaders,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  type StoreContext,
  US_ADDRESS,
} from "./helpers"

// the receiver below listens on 127.0.0.1: allowed only because this app is told so (read at boot)
export const savedAllowPrivate = process.env.WEBHOOK_ALLOW_PRIVATE
process.env.WEBHOOK_ALLOW_PRIVATE = "true"

export type Hit = { path: string; headers: IncomingHttpHeaders; body: string; payload: any; verified: boolean; error?: string }

/**
 * An integrator's endpoint: records every request and verifies it with the
 * `standardwebhooks` library and the secret of the endpoint that path
 * belongs to. `answers` scripts the first statuses of a path (then 200);
 * /hang never answers.
 */
export function startReceiver() {
  const hits: Hit[] = []
  const secrets = new Map<string, string>()
  const answers = new Map<string, number[]>()
  const server: Server = createServer((req, res) => {
    let body = ""
    req.setEncoding("utf8")
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const path = req.url ?? "/"
      if (path === "/hang") {
        return
      }
      const hit: Hit = { path, headers: req.headers, body, payload: JSON.parse(body || "null"), verified: false }
      try {
        new Webhook(secrets.get(path) ?? "whsec_bm9uZQ==").verify(body, req.headers as Record<string, string>)
        hit.verified = true
      } catch (e) {
        hit.error = (e as Error).message
      }
      hits.push(hit)
      const status = answers.get(path)?.shift() ?? 200
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : "receiver is down")
    })
  })
  return {
    hits,
    secrets,
    answers,
    listen: () => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve())),
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    on: (path: string) => hits.filter((h) => h.path === path),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}

/**
 * The shared set-up of the webhooks specs (webhooks.spec.ts, webhooks-events.spec.ts): registers
 * their hooks in the calling test suite and hands back its helpers.
 */
export function setupWebhooksSpec({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) {
  const receiver = startReceiver()
  let ctx: StoreContext
  let admin: { headers: Record<string, string> }
  beforeAll(async () => {
    await receiver.listen()
    ctx = await seedStore(getContainer(), api)
    admin = await adminHeaders(api)
  })
  afterAll(async () => {
    await receiver.close()
    process.env.WEBHOOK_ALLOW_PRIVATE = savedAllowPrivate
  })

  /** Registers an endpoint for `path` on the receiver and tells the receiver its secret. */
  async function addEndpoint(path: string, events: string[], description?: string) {
    const { data } = await api.post("/admin/webhook-endpoints", { url: receiver.url(path), events, description }, admin)
    receiver.secrets.set(path, data.webhook_endpoint.secret)
    return data.webhook_endpoint as { id: string; url: string; events: string[]; enabled: boolean; secret: string }
  }

  const deliveries = async (endpointId: string, query = "") =>
    (await api.get(`/admin/webhook-endpoints/${endpointId}/deliveries${query}`, admin)).data

  /** A Cloud VPS bought, paid by bank transfer and marked paid by the admin: an active subscription. */
  async function buyPlan() {
    const shopper = await registerCustomer(api, ctx)
    const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", "Monthly")
    const { data } = await api.post(
      "/store/carts",
      { region_id: ctx.regions["North America"].id, items: [line] },
      shopper.headers
    )
    await api.post(
      `/store/carts/${data.cart.id}`,
      { email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS },
      shopper.headers
    )
    const order = (await payAndComplete(api, data.cart.id, shopper.headers)).data.order
    const { data: subs } = await eventually(
      () => api.get("/store/subscriptions", shopper.headers),
      (r: any) => r.data.subscriptions.length > 0
    )
    await markOrderPaid(api, order.id)
    const sub = (
      await eventually(
        () => api.get(`/store/subscriptions/${subs.subscriptions[0].id}`, shopper.headers),
        (r: any) => r.data.subscription.status === "active"
      )
    ).data.subscription
    return { order, sub }
  }

  return {
    receiver, deliveries, addEndpoint, buyPlan,
    /** the values the hooks above set, read after they ran */
    state: () => ({ ctx, admin }),
  }
}
