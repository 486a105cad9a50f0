import { generateKeyPairSync } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Webhook } from "standardwebhooks"
import { pickPort } from "../stubs"
import { PROVISIONING_MODULE } from "../../src/modules/provisioning"
import type LocalProvisioningProvider from "../../src/modules/provisioning-local/service"
import type ProvisioningModuleService from "../../src/modules/provisioning/service"
import { provisionServiceWorkflow, retireServiceWorkflow, runDueServiceWork, runServiceActionWorkflow } from "../../src/workflows/provisioning"
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
  US_ADDRESS,
} from "../helpers"

jest.setTimeout(300 * 1000)

const DAY = 86_400_000
const MINUTE = 60_000
const WEBHOOK_SECRET = `whsec_${Buffer.from("provisioning-spec-webhook-secret-0123456789").toString("base64")}`

// read by medusa-config.ts when the app boots (this file's own process.env)
process.env.PROVISIONING_LOCAL_DELAY_MS = "100"
process.env.PROVISIONING_MAX_ATTEMPTS = "3"
// retries are driven by the job with an asOf in the future; the real every-minute job never gets to them
process.env.PROVISIONING_RETRY_BASE_SECONDS = "1800"
process.env.PROVISIONING_RETRY_MAX_SECONDS = "7200"
process.env.PROVISIONING_WEBHOOK_SECRET = WEBHOOK_SECRET
process.env.PROVISIONING_WEBHOOK_TIMEOUT_MS = "3000"
// the receiver's port is only known once it listens: the provider reads the URL when the app boots,
// so it points at a fixed local port the receiver below binds
const RECEIVER_PORT = pickPort()
process.env.PROVISIONING_WEBHOOK_URL = `http://127.0.0.1:${RECEIVER_PORT}/provision`

/** An operator's platform: verifies every request with the standardwebhooks library, answers as told. */
type Received = { id: string; type: string; data: Record<string, any>; verified: boolean }
const platform = {
  mode: "accept" as "accept" | "fail" | "sync",
  requests: [] as Received[],
  server: null as Server | null,
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => resolve(body))
  })
}

async function startPlatform() {
  platform.server = createServer(async (req, res) => {
    const body = await readBody(req)
    let verified = false
    let payload: any = null
    try {
      payload = new Webhook(WEBHOOK_SECRET).verify(body, req.headers as Record<string, string>)
      verified = true
    } catch {
      payload = JSON.parse(body || "{}")
    }
    platform.requests.push({ id: String(req.headers["webhook-id"]), type: payload?.type, data: payload?.data ?? {}, verified })
    if (!verified) {
      res.writeHead(401).end()
    } else if (platform.mode === "fail") {
      res.writeHead(500, { "content-type": "text/plain" }).end("hypervisor unavailable")
    } else if (platform.mode === "sync") {
      const n = platform.requests.length
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          status: "succeeded",
          service: { ipv4: `203.0.113.${n}`, hostname: `ext-${n}`, root_password: `Platform-Sync-${n}`, external_id: `ext-${n}` },
        })
      )
    } else {
      res.writeHead(202, { "content-type": "application/json" }).end("{}")
    }
  })
  await new Promise<void>((resolve) => platform.server!.listen(RECEIVER_PORT, "127.0.0.1", resolve))
  expect((platform.server!.address() as AddressInfo).port).toBe(RECEIVER_PORT)
}

/** An OpenSSH ed25519 public key line, as a customer pastes it. */
function sshPublicKey() {
  const { publicKey } = generateKeyPairSync("ed25519")
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32)
  const field = (b: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(b.length)
    return Buffer.concat([length, b])
  }
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from("ssh-ed25519")), field(raw)]).toString("base64")} ada@laptop`
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      await startPlatform()
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    afterAll(async () => {
      await new Promise((resolve) => platform.server?.close(resolve))
    })

    beforeEach(() => {
      platform.mode = "accept"
      platform.requests = []
    })

    const provisioning = () => getContainer().resolve(PROVISIONING_MODULE) as ProvisioningModuleService
    const local = () => provisioning().provider("local") as unknown as LocalProvisioningProvider
    const callsFor = (serviceId: string, action: string) => local().calls.filter((c) => c.service_id === serviceId && c.action === action)
    const getSub = async (shopper: { headers: any }, id: string) => (await api.get(`/store/subscriptions/${id}`, shopper.headers)).data.subscription
    const adminSub = async (id: string) => (await api.get(`/admin/subscriptions/${id}`, admin)).data.subscription
    const actionsOf = async (id: string, action: string) => ((await adminSub(id)).service_actions as any[]).filter((a) => a.action === action)
    const lifecycle = (subscriptionId: string, action: "suspend" | "unsuspend") =>
      runServiceActionWorkflow(getContainer()).run({
        input: { subscription_id: subscriptionId, action, mode: "lifecycle", requested_by: "system", asOf: new Date() },
      })

    /** Buys one plan with the options chosen on the product page, pays it (the admin's capture) and waits for the subscription. */
    async function buy(
      { handle = "cloud-vps", plan = "Standard", config = {} as Record<string, unknown>, shopper = null as any } = {}
    ) {
      shopper ??= await registerCustomer(api, ctx)
      const { line } = await findVariant(api, ctx, handle, plan, "Monthly")
      const service_config = { ...((line as any).metadata?.service_config ?? {}), ...config }
      const { data } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, items: [{ ...line, metadata: { service_config } }] },
        shopper.headers
      )
      await api.post(`/store/carts/${data.cart.id}`, { email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS }, shopper.headers)
      const { data: placed } = await payAndComplete(api, data.cart.id, shopper.headers)
      const order = placed.order
      const { data: list } = await eventually(
        () => api.get("/store/subscriptions", shopper.headers),
        (r: any) => r.data.subscriptions.some((s: any) => s.order_id === order.id)
      )
      const sub = list.subscriptions.find((s: any) => s.order_id === order.id)
      await markOrderPaid(api, order.id)
      return { shopper, order, sub }
    }

    const active = (shopper: any, id: string) =>
      eventually(() => getSub(shopper, id), (s) => s.service?.status === "active", 100)

    describe("a paid purchase becomes a running service", () => {
      it("is active with a unique address from the pool within seconds, its details in the store and the admin, its order fulfilled", async () => {
        const key = sshPublicKey()
        const started = Date.now()
        const first = await buy({ config: { location: "frankfurt-de", os: "debian-12", hostname: "web-01", ssh_key: key } })
        const second = await buy()
        const one = await active(first.shopper, first.sub.id)
        const two = await active(second.shopper, second.sub.id)
        expect(Date.now() - started).toBeLessThan(60_000)

        expect(one.service).toMatchObject({
          status: "active",
          hostname: "web-01",
          location: "frankfurt-de",
          location_label: "Frankfurt, DE",
          os: "debian-12",
          os_label: "Debian 12",
          has_root_password: true,
        })
        expect(one.service).not.toHaveProperty("root_password_encrypted")
        for (const service of [one.service, two.service]) {
          expect(service.ipv4).toMatch(/^198\.51\.100\.(\d+)$/)
          const last = Number(service.ipv4.split(".")[3])
          expect(last).toBeGreaterThan(0)
          expect(last).toBeLessThan(255)
          expect(service.ipv6).toMatch(/^2001:db8:10::/)
        }
        expect(one.service.ipv4).not.toBe(two.service.ipv4)
        expect(one.service.ipv6).not.toBe(two.service.ipv6)

        // the admin sees the same plus the provider's side and the action history
        const detail = await adminSub(first.sub.id)
        expect(detail.service).toMatchObject({ status: "active", provider_id: "local", ipv4: one.service.ipv4 })
        expect(detail.service.ssh_key_fingerprint).toMatch(/^SHA256:/)
        expect(detail.service_actions).toEqual([expect.objectContaining({ action: "provision", status: "succeeded", attempts: 1, requested_by: "system" })])

        // a service has no shipping: its line is fulfilled once it runs, so the order shows Fulfilled
        const order = await eventually(
          async () => (await api.get(`/admin/orders/${first.order.id}?fields=id,fulfillment_status,*fulfillments`, admin)).data.order,
          (o: any) => o.fulfillment_status === "fulfilled"
        )
        expect(order.fulfillment_status).toBe("fulfilled")
        expect(order.fulfillments).toHaveLength(1)

        // the ready email carries how to connect, never the password
        const { data: mails } = await eventually(
          () => api.get(`/admin/notification-logs?to=${encodeURIComponent(first.shopper.email)}&template=service_ready`, admin),
          (r: any) => r.data.count === 1
        )
        expect(mails.count).toBe(1)
        expect(mails.notification_logs[0].body_text).toContain(`ssh root@${one.service.ipv4}`)
        expect(mails.notification_logs[0].body_text).toContain("Frankfurt, DE")

        // a replayed activation changes nothing and calls the provider no more
        const serviceId = detail.service.id
        const again = await provisionServiceWorkflow(getContainer()).run({ input: { subscription_id: first.sub.id, asOf: new Date() } })
        expect(again.result.ran).toBe(false)
        expect(callsFor(serviceId, "provision")).toHaveLength(1)
        expect(await actionsOf(first.sub.id, "provision")).toHaveLength(1)
      })
    })

    describe("lifecycle", () => {
      it("suspend, unsuspend and terminate reach the provider exactly once each, however often the events and the job run", async () => {
        const { shopper, order, sub } = await buy()
        const running = await active(shopper, sub.id)
        const serviceId = (await adminSub(sub.id)).service.id
        const ipv4 = running.service.ipv4

        await api.post(`/admin/subscriptions/${sub.id}/suspend`, { reason: "Chargeback under review" }, admin)
        await eventually(() => getSub(shopper, sub.id), (s) => s.service?.status === "suspended")
        // the subscriber runs again, twice at once, and once more later
        await Promise.all([lifecycle(sub.id, "suspend"), lifecycle(sub.id, "suspend")])
        await lifecycle(sub.id, "suspend")
        expect(callsFor(serviceId, "suspend")).toHaveLength(1)
        expect(await actionsOf(sub.id, "suspend")).toEqual([expect.objectContaining({ status: "succeeded", attempts: 1 })])

        await api.post(`/admin/subscriptions/${sub.id}/unsuspend`, { note: "Resolved" }, admin)
        await eventually(() => getSub(shopper, sub.id), (s) => s.service?.status === "active")
        await Promise.all([lifecycle(sub.id, "unsuspend"), lifecycle(sub.id, "unsuspend")])
        expect(callsFor(serviceId, "unsuspend")).toHaveLength(1)
        expect(await actionsOf(sub.id, "unsuspend")).toHaveLength(1)

        // a refund that cancels at once: stopped now, terminated after the retention days, once
        await api.post(`/admin/orders/${order.id}/refunds`, { amount: 1, subscription_action: "cancel", note: "Customer left" }, admin)
        const stopped = await eventually(() => adminSub(sub.id), (s) => s.service?.status === "suspended" && !!s.service?.terminate_after)
        const retention = new Date(stopped.service.terminate_after).getTime() - Date.now()
        expect(retention).toBeGreaterThan(6.9 * DAY)
        expect(retention).toBeLessThan(7.1 * DAY)
        await retireServiceWorkflow(getContainer()).run({ input: { subscription_id: sub.id, asOf: new Date() } })
        expect(callsFor(serviceId, "suspend")).toHaveLength(2)

        expect(await runDueServiceWork(getContainer(), new Date(Date.now() + DAY))).toMatchObject({ terminated: 0 })
        expect((await adminSub(sub.id)).service.status).toBe("suspended")
        const later = new Date(Date.now() + 8 * DAY)
        // two workers run the job at the same time, then it runs again
        await Promise.all([runDueServiceWork(getContainer(), later), runDueServiceWork(getContainer(), later)])
        await runDueServiceWork(getContainer(), later)
        expect(callsFor(serviceId, "terminate")).toHaveLength(1)
        const ended = await adminSub(sub.id)
        expect(ended.service).toMatchObject({ status: "terminated", ipv4: null, has_root_password: false })
        expect(ended.service_actions.filter((a: any) => a.action === "terminate")).toEqual([
          expect.objectContaining({ status: "succeeded", attempts: 1 }),
        ])
        // the address went back to the pool: no live service holds it
        expect(await provisioning().listServices({ ipv4 })).toHaveLength(0)
      })
    })

    describe("POST /store/subscriptions/:id/credentials", () => {
      it("shows the root password only to its owner after they re-enter their password; it is in no email and no log line", async () => {
        const logger = getContainer().resolve("logger") as unknown as Record<string, (...args: unknown[]) => void>
        const logged: string[] = []
        const spies = (["info", "warn", "error", "debug", "log"] as const)
          .filter((m) => typeof logger[m] === "function")
          .map((m) => jest.spyOn(logger, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" "))))
        try {
          const { shopper, sub } = await buy()
          await active(shopper, sub.id)
          const url = `/store/subscriptions/${sub.id}/credentials`

          expect(await statusOf(api.post(url, { password: "not-my-password" }, shopper.headers))).toBe(401)
          expect(await statusOf(api.post(url, {}, shopper.headers))).toBe(400)
          const stranger = await registerCustomer(api, ctx)
          expect(await statusOf(api.post(url, { password: stranger.password }, stranger.headers))).toBe(404)
          expect(await statusOf(api.post(url, { password: shopper.password }, { headers: ctx.storeHeaders.headers }))).toBe(401)

          const { data, headers } = await api.post(url, { password: shopper.password }, shopper.headers)
          const password = data.root_password as string
          expect(password).toMatch(/^\S{24}$/)
          expect(headers["cache-control"]).toBe("no-store")
          // stored encrypted, not as it is
          const [stored] = await provisioning().listServices({ subscription_id: sub.id }, { select: ["root_password_encrypted"] })
          expect(stored.root_password_encrypted).toMatch(/^v1:/)
          expect(stored.root_password_encrypted).not.toContain(password)

          // no email carries it (every message of the customer, bodies included)
          await eventually(
            () => api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=service_ready`, admin),
            (r: any) => r.data.count === 1
          )
          const { data: logs } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&limit=100`, admin)
          expect(logs.count).toBeGreaterThan(2)
          for (const log of logs.notification_logs) {
            const { data: full } = await api.get(`/admin/notification-logs/${log.id}`, admin)
            expect(JSON.stringify(full)).not.toContain(password)
          }
          expect(logged.length).toBeGreaterThan(0)
          expect(logged.join("\n")).not.toContain(password)

          // five tries per window (right or wrong), then 429
          const { data: reinstalled } = await api.post(`/store/subscriptions/${sub.id}/service/reinstall`, { os: "rocky-9" }, shopper.headers)
          expect(reinstalled.action).toMatchObject({ action: "reinstall", status: "succeeded" })
          expect(reinstalled.service).toMatchObject({ status: "active", os: "rocky-9" })
          const codes: number[] = []
          for (let i = 0; i < 4; i++) {
            codes.push(await statusOf(api.post(url, { password: shopper.password }, shopper.headers)))
          }
          // (so far: the wrong password, the empty body and the right one)
          expect(codes).toEqual([200, 200, 429, 429])
          const { data: other } = await api.post(url, { password: shopper.password }, shopper.headers).catch((e) => e.response)
          expect(other.root_password).toBeUndefined()
        } finally {
          spies.forEach((s) => s.mockRestore())
        }
      })

      it("reboots and reinstalls with the customer's own plan images only", async () => {
        const { shopper, sub } = await buy()
        await active(shopper, sub.id)
        const { data } = await api.post(`/store/subscriptions/${sub.id}/service/reboot`, {}, shopper.headers)
        expect(data.action).toMatchObject({ action: "reboot", status: "succeeded", requested_by: "customer" })
        expect(data.service.status).toBe("active")
        expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/service/reinstall`, { os: "windows-95" }, shopper.headers))).toBe(400)
        expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/service/reboot`, { force: true }, shopper.headers))).toBe(400)
        const stranger = await registerCustomer(api, ctx)
        expect(await statusOf(api.post(`/store/subscriptions/${sub.id}/service/reboot`, {}, stranger.headers))).toBe(404)
      })
    })

    describe("the webhook provider", () => {
      const useWebhookProvider = async (handle: string) => {
        const { data } = await api.get(`/store/products?handle=${handle}&fields=id,metadata`, ctx.storeHeaders)
        const product = data.products[0]
        await api.post(`/admin/products/${product.id}`, { metadata: { ...(product.metadata ?? {}), provisioning_provider: "webhook" } }, admin)
      }

      /** A result the platform reports, signed like the platform signs it. */
      const report = (body: Record<string, unknown>, { secret = WEBHOOK_SECRET, id = `msg_${Math.random().toString(36).slice(2)}`, at = new Date(), sign = true } = {}) => {
        const raw = JSON.stringify(body)
        const headers: Record<string, string> = { "content-type": "application/json" }
        if (sign) {
          headers["webhook-id"] = id
          headers["webhook-timestamp"] = String(Math.floor(at.getTime() / 1000))
          headers["webhook-signature"] = new Webhook(secret).sign(id, at, raw)
        }
        return api.post("/hooks/provisioning/webhook", raw, { headers })
      }

      it("sends each action as a signed event; the platform's signed callback completes it, forged and stale ones are refused", async () => {
        await useWebhookProvider("cpu-optimized-vps")
        const { shopper, sub } = await buy({ handle: "cpu-optimized-vps", plan: "CPU-2", config: { hostname: "ci-runner" } })
        const sent = await eventually(async () => platform.requests, (r) => r.length > 0)
        expect(sent).toHaveLength(1)
        expect(sent[0]).toMatchObject({ verified: true, type: "provisioning.provision" })
        expect(sent[0].data).toMatchObject({ action: "provision", attempt: 1, service: { subscription_id: sub.id, hostname: "ci-runner" } })
        expect(sent[0].data.callback_url).toMatch(/\/hooks\/provisioning\/webhook$/)
        const actionId = sent[0].data.action_id
        expect(sent[0].id).toBe(actionId)

        // waiting for the platform: running, nothing to show yet
        const waiting = await eventually(() => adminSub(sub.id), (s) => s.service_actions?.[0]?.status === "running")
        expect(waiting.service.status).toBe("provisioning")
        expect((await getSub(shopper, sub.id)).service).toMatchObject({ status: "provisioning", ipv4: null })

        const result = { action_id: actionId, status: "succeeded", service: { ipv4: "203.0.113.77", hostname: "ci-runner.example", root_password: "From-The-Platform-42", external_id: "vm-9001" } }
        const forged = `whsec_${Buffer.from("someone-else-entirely-0123456789").toString("base64")}`
        expect(await statusOf(report(result, { sign: false }))).toBe(401)
        expect(await statusOf(report(result, { secret: forged }))).toBe(401)
        expect(await statusOf(report(result, { at: new Date(Date.now() - 10 * MINUTE) }))).toBe(401)
        expect(await statusOf(report({ ...result, status: "maybe" }))).toBe(400)
        expect(await statusOf(report({ ...result, action_id: "svcact_unknown" }))).toBe(404)
        expect((await adminSub(sub.id)).service.status).toBe("provisioning")

        const { data } = await report(result, { id: "msg_ok_1" })
        expect(data).toMatchObject({ action_id: actionId, status: "succeeded", applied: true })
        // the same message again (the platform retrying) changes nothing
        expect((await report(result, { id: "msg_ok_1" })).data).toMatchObject({ applied: false })

        const done = await getSub(shopper, sub.id)
        expect(done.service).toMatchObject({ status: "active", ipv4: "203.0.113.77", hostname: "ci-runner.example" })
        const { data: creds } = await api.post(`/store/subscriptions/${sub.id}/credentials`, { password: shopper.password }, shopper.headers)
        expect(creds.root_password).toBe("From-The-Platform-42")
        expect((await adminSub(sub.id)).service).toMatchObject({ external_id: "vm-9001", provider_id: "webhook" })

        // an action sent to the platform: reboot, signed with the same secret and the action's id
        platform.mode = "sync"
        const { data: rebooted } = await api.post(`/admin/subscriptions/${sub.id}/service/reboot`, {}, admin)
        expect(rebooted.action).toMatchObject({ action: "reboot", status: "succeeded", requested_by: "admin" })
        expect(platform.requests.map((r) => [r.type, r.verified])).toEqual([
          ["provisioning.provision", true],
          ["provisioning.reboot", true],
        ])
      })

      it("retries a failing action with backoff from the job, gives up after the last attempt, and Retry in the admin runs it again", async () => {
        await useWebhookProvider("dedicated-server")
        platform.mode = "fail"
        const { shopper, sub } = await buy({ handle: "dedicated-server", plan: "Entry" })
        const first = await eventually(() => adminSub(sub.id), (s) => s.service_actions?.[0]?.attempts === 1 && s.service_actions[0].status === "pending")
        const action = first.service_actions[0]
        expect(action.error).toMatch(/answered 500/)
        expect(new Date(action.next_attempt_at).getTime()).toBeGreaterThan(Date.now())

        // not due yet: the job leaves it; due: one attempt per run, however many workers run it
        await runDueServiceWork(getContainer(), new Date())
        expect((await adminSub(sub.id)).service_actions[0]).toMatchObject({ status: "pending", attempts: 1 })
        let asOf = new Date(Date.now() + 45 * MINUTE)
        await Promise.all([runDueServiceWork(getContainer(), asOf), runDueServiceWork(getContainer(), asOf)])
        const second = (await adminSub(sub.id)).service_actions[0]
        expect(second).toMatchObject({ status: "pending", attempts: 2 })
        // the backoff doubles: 30 minutes after the first failure, an hour after the second
        expect(new Date(second.next_attempt_at).getTime() - asOf.getTime()).toBe(60 * MINUTE)
        asOf = new Date(asOf.getTime() + 90 * MINUTE)
        await runDueServiceWork(getContainer(), asOf)
        const gaveUp = await adminSub(sub.id)
        expect(gaveUp.service_actions[0]).toMatchObject({ status: "failed", attempts: 3 })
        expect(gaveUp.service.status).toBe("failed")
        expect(platform.requests.filter((r) => r.data.action_id === action.id)).toHaveLength(3)
        expect(platform.requests.every((r) => r.verified && r.id === action.id)).toBe(true)
        // a failed action is not retried by the job any more
        await runDueServiceWork(getContainer(), new Date(asOf.getTime() + DAY))
        expect(platform.requests).toHaveLength(3)

        // the platform is back; the admin retries
        platform.mode = "sync"
        expect(await statusOf(api.post(`/admin/service-actions/${action.id}/retry`, { now: true }, admin))).toBe(400)
        const { data } = await api.post(`/admin/service-actions/${action.id}/retry`, {}, admin)
        expect(data.service_action).toMatchObject({ id: action.id, status: "succeeded", attempts: 4, error: null })
        const fixed = await getSub(shopper, sub.id)
        expect(fixed.service).toMatchObject({ status: "active", ipv4: "203.0.113.4" })
        // only a failed action can be retried
        expect(await statusOf(api.post(`/admin/service-actions/${action.id}/retry`, {}, admin))).toBe(400)
      })
    })
  },
})
