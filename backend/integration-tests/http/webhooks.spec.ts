import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Webhook } from "standardwebhooks"
import { WEBHOOKS_MODULE } from "../../src/modules/webhooks"
import type WebhooksModuleService from "../../src/modules/webhooks/service"
import { postJson } from "../../src/modules/webhooks/transport"
import { checkWebhookUrl, publicOnlyLookup } from "../../src/modules/webhooks/url-policy"
import { deliverDueWebhooksWorkflow, dispatchWebhookEventWorkflow } from "../../src/workflows/webhooks"
import {
  adminHeaders,
  errorOf,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  statusOf,
  type StoreContext,
  US_ADDRESS,
} from "../helpers"

jest.setTimeout(300 * 1000)

// the receiver below listens on 127.0.0.1: allowed only because this app is told so (read at boot)
const savedAllowPrivate = process.env.WEBHOOK_ALLOW_PRIVATE
process.env.WEBHOOK_ALLOW_PRIVATE = "true"

type Hit = { path: string; headers: IncomingHttpHeaders; body: string; payload: any; verified: boolean; error?: string }

/**
 * An integrator's endpoint: records every request and verifies it with the
 * `standardwebhooks` library and the secret of the endpoint that path
 * belongs to. `answers` scripts the first statuses of a path (then 200);
 * /hang never answers.
 */
function startReceiver() {
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

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
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

    describe("POST /admin/webhook-endpoints", () => {
      it("answers 401 to anyone but an admin", async () => {
        expect(await statusOf(api.get("/admin/webhook-endpoints"))).toBe(401)
        expect(await statusOf(api.post("/admin/webhook-endpoints", { url: receiver.url("/x"), events: ["*"] }))).toBe(401)
        expect(await statusOf(api.post("/admin/webhook-deliveries/whdel_x/retry", {}))).toBe(401)
      })

      it("refuses bad bodies with 400 and creates nothing", async () => {
        const before = (await api.get("/admin/webhook-endpoints", admin)).data.count
        const bad = [
          {},
          { events: ["*"] },
          { url: receiver.url("/x") },
          { url: receiver.url("/x"), events: [] },
          { url: receiver.url("/x"), events: "*" },
          { url: receiver.url("/x"), events: ["order.exploded"] },
          { url: receiver.url("/x"), events: ["nothing.*"] },
          { url: "ftp://example.com/hook", events: ["*"] },
          { url: "not a url", events: ["*"] },
          { url: receiver.url("/x"), events: ["*"], secret: "whsec_mine" },
          { url: receiver.url("/x"), events: ["*"], enabled: false, extra: 1 },
        ]
        for (const body of bad) {
          const { status } = await errorOf(api.post("/admin/webhook-endpoints", body, admin))
          expect({ body, status }).toEqual({ body, status: 400 })
        }
        expect((await api.get("/admin/webhook-endpoints", admin)).data.count).toBe(before)

        const endpoint = await addEndpoint("/bad-updates", ["*"])
        for (const body of [{ enabled: "yes" }, { events: ["order.nope"] }, { url: "gopher://x" }, { secret: "x" }]) {
          const { status } = await errorOf(api.post(`/admin/webhook-endpoints/${endpoint.id}`, body, admin))
          expect({ body, status }).toEqual({ body, status: 400 })
        }
        expect(await statusOf(api.post("/admin/webhook-endpoints/whep_missing", { enabled: false }, admin))).toBe(404)
        expect(await statusOf(api.delete("/admin/webhook-endpoints/whep_missing", admin))).toBe(404)
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
      })

      it("shows the whsec_ secret once, in the create answer, and never in what GET answers", async () => {
        const endpoint = await addEndpoint("/secret", ["order.placed", "subscription.*"], "CRM sync")
        expect(endpoint).toMatchObject({
          id: expect.stringMatching(/^whep_/),
          url: receiver.url("/secret"),
          events: ["order.placed", "subscription.*"],
          enabled: true,
          secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{40,}$/),
        })
        const reads = [
          api.get("/admin/webhook-endpoints", admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}`, admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}?fields=secret`, admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}?fields=%2Bsecret`, admin),
          api.get(`/admin/webhook-endpoints/${endpoint.id}?fields=*`, admin),
          api.get("/admin/webhook-endpoints?fields=id,url,secret", admin),
          api.post(`/admin/webhook-endpoints/${endpoint.id}`, { description: "CRM" }, admin),
        ]
        for (const read of reads) {
          const answer = await read.catch((e: any) => e.response)
          expect(JSON.stringify(answer.data)).not.toContain(endpoint.secret)
          expect(JSON.stringify(answer.data)).not.toContain('"secret"')
        }
        const { data } = await api.get(`/admin/webhook-endpoints/${endpoint.id}`, admin)
        expect(data.webhook_endpoint).toMatchObject({ id: endpoint.id, description: "CRM", enabled: true })
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
      })

      it("refuses private, loopback and link-local URLs unless WEBHOOK_ALLOW_PRIVATE=true", async () => {
        const refused = [
          "http://127.0.0.1:9000/hook",
          "http://localhost:3000/hook",
          "http://api.localhost/hook",
          "http://10.1.2.3/hook",
          "http://192.168.1.10/hook",
          "http://172.20.0.5/hook",
          "http://169.254.169.254/latest/meta-data",
          "http://100.64.0.1/hook",
          "http://0.0.0.0/hook",
          "http://2130706433/hook",
          "http://[::1]/hook",
          "http://[fd00::1]/hook",
          "http://[fe80::1]/hook",
          "http://[::ffff:127.0.0.1]/hook",
          // by DNS: a public-looking name that resolves inside the network
          "https://internal.example.test/hook",
          "https://split.example.test/hook",
          "https://nowhere.example.test/hook",
        ]
        const dns: Record<string, string[]> = {
          "internal.example.test": ["10.0.0.7"],
          "split.example.test": ["93.184.215.14", "127.0.0.1"],
          "hooks.example.test": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
        }
        const lookup = async (host: string) => (dns[host] ?? []).map((address) => ({ address }))
        for (const url of refused) {
          const error = await checkWebhookUrl(url, { allowPrivate: false, lookup }).then(
            () => null,
            (e) => e
          )
          expect({ url, type: error?.type }).toEqual({ url, type: "invalid_data" })
        }
        await expect(checkWebhookUrl("https://hooks.example.test/cloud", { allowPrivate: false, lookup })).resolves.toBeUndefined()
        await expect(checkWebhookUrl("https://93.184.215.14/cloud", { allowPrivate: false, lookup })).resolves.toBeUndefined()
        await expect(checkWebhookUrl("http://127.0.0.1:9000/hook", { allowPrivate: true, lookup })).resolves.toBeUndefined()
        await expect(checkWebhookUrl("ftp://example.com/", { allowPrivate: true, lookup })).rejects.toMatchObject({
          type: "invalid_data",
        })

        // and at send time: a host that resolves inside the network is never connected to
        const before = receiver.hits.length
        const sent = await postJson(receiver.url("/never"), "{}", {}, { timeoutMs: 2000, allowPrivate: false, maxBodyChars: 100 })
        expect(sent).toMatchObject({ status: null, error: expect.stringMatching(/private address/) })
        const byName = await postJson(receiver.url("/never").replace("127.0.0.1", "localhost"), "{}", {}, {
          timeoutMs: 2000,
          allowPrivate: false,
          maxBodyChars: 100,
        })
        expect(byName).toMatchObject({ status: null, error: expect.stringMatching(/private address/) })
        expect(receiver.hits.length).toBe(before)
        expect(typeof publicOnlyLookup).toBe("function")
      })
    })

    describe("events for integrators", () => {
      it("sends order.placed and subscription.activated of a purchase, signed so standardwebhooks verifies them", async () => {
        const all = await addEndpoint("/crm", ["order.placed", "subscription.*"])
        const ordersOnly = await addEndpoint("/orders-only", ["order.placed"])
        const { order, sub } = await buyPlan()

        const received = await eventually(
          async () => receiver.on("/crm"),
          (hits) => hits.some((h) => h.payload.type === "subscription.activated" && h.payload.data.id === sub.id),
          150
        )
        const placed = received.find((h) => h.payload.type === "order.placed" && h.payload.data.id === order.id)
        const activated = received.find((h) => h.payload.type === "subscription.activated" && h.payload.data.id === sub.id)
        expect(placed).toBeDefined()
        expect(activated).toBeDefined()
        for (const hit of [placed!, activated!]) {
          expect(hit.verified).toBe(true)
          expect(hit.headers["webhook-id"]).toMatch(/^msg_/)
          expect(Number(hit.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -2)
          expect(hit.headers["webhook-signature"]).toMatch(/^v1,/)
          expect(hit.headers["content-type"]).toBe("application/json")
          expect(new Date(hit.payload.timestamp).toISOString()).toBe(hit.payload.timestamp)
        }
        expect(placed!.payload.data).toMatchObject({ id: order.id, object: "order", display_id: order.display_id, currency_code: "usd" })
        expect(activated!.payload.data).toMatchObject({
          id: sub.id,
          object: "subscription",
          status: "active",
          order_id: order.id,
          product_title: "Cloud VPS",
          plan: "Standard",
        })
        // a forged or altered body doesn't verify
        expect(() =>
          new Webhook(receiver.secrets.get("/crm")!).verify(placed!.body.replace(order.id, "order_forged"), placed!.headers as Record<string, string>)
        ).toThrow()

        // the endpoint for orders only got the order and nothing of the subscription
        const orderHits = await eventually(
          async () => receiver.on("/orders-only"),
          (hits) => hits.some((h) => h.payload.data.id === order.id)
        )
        expect(orderHits.filter((h) => h.payload.data.id === order.id).map((h) => h.payload.type)).toEqual(["order.placed"])
        expect(orderHits.every((h) => h.payload.type === "order.placed" && h.verified)).toBe(true)

        // the delivery log: succeeded at the first attempt with the receiver's status code
        const log = await eventually(
          () => deliveries(all.id),
          (d: any) => d.webhook_deliveries.some((x: any) => x.event_type === "subscription.activated" && x.status === "succeeded")
        )
        const row = log.webhook_deliveries.find((x: any) => x.event_type === "order.placed" && x.payload.data.id === order.id)
        expect(row).toMatchObject({ status: "succeeded", attempts: 1, response_status: 200, response_body: "thanks", error: null })
        expect(row.event_id).toBe(placed!.headers["webhook-id"])
        const times = log.webhook_deliveries.map((x: any) => new Date(x.created_at).getTime())
        expect(times).toEqual([...times].sort((a, b) => b - a))
        expect((await deliveries(all.id, "?status=failed")).count).toBe(0)
        const { data: listed } = await api.get(`/admin/webhook-endpoints/${all.id}`, admin)
        expect(listed.webhook_endpoint.last_success_at).not.toBeNull()

        // a replayed Medusa event (same name, id and emit time) sends nothing twice
        const { result } = await dispatchWebhookEventWorkflow(getContainer()).run({
          input: { event_type: "order.placed", id: order.id, occurred_at: row.payload.timestamp, asOf: new Date() },
        })
        expect(result).toEqual([])
        expect((await deliveries(all.id, "?event_type=order.placed")).count).toBe(1)
        expect(receiver.on("/crm").filter((h) => h.payload.type === "order.placed" && h.payload.data.id === order.id)).toHaveLength(1)

        await api.delete(`/admin/webhook-endpoints/${all.id}`, admin)
        await api.delete(`/admin/webhook-endpoints/${ordersOnly.id}`, admin)
      })

      it("retries a failing receiver with backoff under the same webhook-id, once per due time, and the admin can retry", async () => {
        const endpoint = await addEndpoint("/flaky", ["subscription.*"])
        receiver.answers.set("/flaky", [500])
        const asOf = new Date()
        const run = (at: Date) => deliverDueWebhooksWorkflow(getContainer()).run({ input: { asOf: at } })

        await dispatchWebhookEventWorkflow(getContainer()).run({
          input: { event_type: "subscription.renewed", id: "sub_webhook_retry", occurred_at: asOf, asOf },
        })
        let [row] = (await deliveries(endpoint.id)).webhook_deliveries
        expect(row).toMatchObject({ status: "pending", attempts: 1, response_status: 500, error: "HTTP 500" })
        expect(row.response_body).toBe("receiver is down")
        expect(new Date(row.next_attempt_at).getTime()).toBe(asOf.getTime() + 30_000)
        expect(receiver.on("/flaky")).toHaveLength(1)

        // not due yet: nothing sent
        expect((await run(new Date(asOf.getTime() + 20_000))).result).toMatchObject({ succeeded: 0, retry: 0 })
        expect(receiver.on("/flaky")).toHaveLength(1)

        // due: two workers at once send it once, and it succeeds
        const later = new Date(asOf.getTime() + 60_000)
        const [a, b] = await Promise.all([run(later), run(later)])
        expect(a.result.succeeded + b.result.succeeded).toBe(1)
        ;[row] = (await deliveries(endpoint.id)).webhook_deliveries
        expect(row).toMatchObject({ status: "succeeded", attempts: 2, response_status: 200, error: null })
        expect(new Date(row.delivered_at).getTime()).toBe(later.getTime())
        expect((await run(new Date(asOf.getTime() + 86_400_000))).result.succeeded).toBe(0)

        const hits = receiver.on("/flaky")
        expect(hits).toHaveLength(2)
        expect(hits.every((h) => h.verified)).toBe(true)
        expect(hits[1].headers["webhook-id"]).toBe(hits[0].headers["webhook-id"])
        expect(hits[1].body).toBe(hits[0].body)
        expect(hits[0].payload).toMatchObject({
          type: "subscription.renewed",
          timestamp: asOf.toISOString(),
          data: { id: "sub_webhook_retry", object: "subscription" },
        })

        // the admin's Retry sends it again now, same webhook-id, and answers the delivery
        const { data } = await api.post(`/admin/webhook-deliveries/${row.id}/retry`, {}, admin)
        expect(data.webhook_delivery).toMatchObject({ id: row.id, status: "succeeded", attempts: 3, response_status: 200 })
        expect(receiver.on("/flaky")).toHaveLength(3)
        expect(receiver.on("/flaky")[2].headers["webhook-id"]).toBe(hits[0].headers["webhook-id"])
        expect(receiver.on("/flaky")[2].verified).toBe(true)
        expect(await statusOf(api.post(`/admin/webhook-deliveries/${row.id}/retry`, { now: true }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/webhook-deliveries/whdel_missing/retry", {}, admin))).toBe(404)

        // disabled: no new deliveries, no retries; enabled again: events flow
        await api.post(`/admin/webhook-endpoints/${endpoint.id}`, { enabled: false }, admin)
        expect((await errorOf(api.post(`/admin/webhook-deliveries/${row.id}/retry`, {}, admin))).status).toBe(400)
        const quiet = await dispatchWebhookEventWorkflow(getContainer()).run({
          input: { event_type: "subscription.suspended", id: "sub_webhook_retry", occurred_at: new Date(), asOf: new Date() },
        })
        expect(quiet.result).toEqual([])
        await api.post(`/admin/webhook-endpoints/${endpoint.id}`, { enabled: true }, admin)

        // deleted: gone from the admin, its log with it
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
        expect(await statusOf(api.get(`/admin/webhook-endpoints/${endpoint.id}`, admin))).toBe(404)
        expect(await statusOf(api.get(`/admin/webhook-endpoints/${endpoint.id}/deliveries`, admin))).toBe(404)
      })

      it("gives up after the last attempt and gives up at once on an endpoint deleted meanwhile", async () => {
        const endpoint = await addEndpoint("/down", ["order.placed"])
        receiver.answers.set("/down", Array(10).fill(503))
        let asOf = new Date()
        await dispatchWebhookEventWorkflow(getContainer()).run({
          input: { event_type: "order.placed", id: "order_webhook_down", occurred_at: asOf, asOf },
        })
        const waits = [30_000, 120_000, 600_000, 3_600_000, 21_600_000]
        for (const wait of waits) {
          asOf = new Date(asOf.getTime() + wait)
          await deliverDueWebhooksWorkflow(getContainer()).run({ input: { asOf } })
        }
        const [row] = (await deliveries(endpoint.id)).webhook_deliveries
        expect(row).toMatchObject({ status: "failed", attempts: 6, response_status: 503, next_attempt_at: null })
        expect(receiver.on("/down")).toHaveLength(6)
        const { data } = await api.get(`/admin/webhook-endpoints/${endpoint.id}`, admin)
        expect(data.webhook_endpoint.last_failure_at).not.toBeNull()
        expect(data.webhook_endpoint.last_success_at).toBeNull()

        // a pending delivery whose endpoint is deleted is given up without a request
        const gone = await addEndpoint("/gone", ["order.placed"])
        receiver.answers.set("/gone", [500])
        const at = new Date()
        await dispatchWebhookEventWorkflow(getContainer()).run({
          input: { event_type: "order.placed", id: "order_webhook_gone", occurred_at: at, asOf: at },
        })
        const [pending] = (await deliveries(gone.id)).webhook_deliveries
        expect(pending.status).toBe("pending")
        await api.delete(`/admin/webhook-endpoints/${gone.id}`, admin)
        await deliverDueWebhooksWorkflow(getContainer()).run({ input: { asOf: new Date(at.getTime() + 60_000) } })
        expect(receiver.on("/gone")).toHaveLength(1)
        const service = getContainer().resolve<WebhooksModuleService>(WEBHOOKS_MODULE)
        const [given] = await service.listWebhookDeliveries({ endpoint_id: gone.id })
        expect(given).toMatchObject({ status: "failed", attempts: 2, error: "endpoint deleted" })
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
      })

      it("sends service.* events to endpoints that take them, and nothing else to them", async () => {
        const endpoint = await addEndpoint("/services", ["service.*"])
        const at = new Date()
        for (const event_type of ["service.active", "subscription.activated", "order.placed"]) {
          await dispatchWebhookEventWorkflow(getContainer()).run({
            input: { event_type, id: "svc_webhook_test", occurred_at: at, asOf: at },
          })
        }
        const hits = receiver.on("/services")
        expect(hits.map((h) => h.payload.type)).toEqual(["service.active"])
        expect(hits[0].verified).toBe(true)
        expect(hits[0].payload.data).toMatchObject({ id: "svc_webhook_test", object: "service" })
        expect(hits[0].body).not.toMatch(/password/i)
        await api.delete(`/admin/webhook-endpoints/${endpoint.id}`, admin)
      })

      it("counts a receiver that doesn't answer in time as a failed attempt", async () => {
        const started = Date.now()
        const result = await postJson(receiver.url("/hang"), "{}", {}, { timeoutMs: 300, allowPrivate: true, maxBodyChars: 100 })
        expect(result).toEqual({ status: null, body: null, error: "timed out after 300 ms" })
        expect(Date.now() - started).toBeLessThan(2000)
      })
    })
  },
})
