import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Webhook } from "standardwebhooks"
import { WEBHOOKS_MODULE } from "../../src/modules/webhooks"
import type WebhooksModuleService from "../../src/modules/webhooks/service"
import { postJson } from "../../src/modules/webhooks/transport"
import { deliverDueWebhooksWorkflow, dispatchWebhookEventWorkflow } from "../../src/workflows/webhooks"
import { errorOf, eventually, statusOf } from "../helpers"
import { setupWebhooksSpec } from "../webhooks-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupWebhooksSpec(runner)
    const { receiver, deliveries, addEndpoint, buyPlan } = s
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
