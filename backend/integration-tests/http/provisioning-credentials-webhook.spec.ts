import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Webhook } from "standardwebhooks"
import { runDueServiceWork } from "../../src/workflows/provisioning"
import { eventually, registerCustomer, statusOf, type StoreContext } from "../helpers"
import { setupProvisioningSpec, DAY, MINUTE, WEBHOOK_SECRET, platform } from "../provisioning-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupProvisioningSpec(runner)
    const { provisioning, getSub, adminSub, active, buy } = s
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ ctx, admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
