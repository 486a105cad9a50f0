import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { provisionServiceWorkflow, retireServiceWorkflow, runDueServiceWork } from "../../src/workflows/provisioning"
import { eventually } from "../helpers"
import { setupProvisioningSpec, DAY, sshPublicKey } from "../provisioning-setup"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupProvisioningSpec(runner)
    const { provisioning, callsFor, getSub, adminSub, actionsOf, lifecycle, active, buy } = s
    let admin: { headers: Record<string, string> }
    const refresh = () => ({ admin } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
  },
})
