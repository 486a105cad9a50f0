import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import cleanupJob, { config as cleanupJobConfig } from "../../src/jobs/cleanup"
import { NOTIFICATION_LOG_MODULE } from "../../src/modules/notification-log"
import type NotificationLogModuleService from "../../src/modules/notification-log/service"
import { runCleanupWorkflow } from "../../src/workflows/cleanup"
import { adminHeaders, registerCustomer, seedStore, type StoreContext } from "../helpers"

jest.setTimeout(120 * 1000)

const DAY = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    let run = 0
    /** A mailbox domain of its own per test, so the admin list shows only that test's messages. */
    const newDomain = () => `cleanup-${Date.now()}-${(run += 1)}.test`

    /** A message in the log, `daysOld` days old, in the given delivery state. */
    async function message(domain: string, name: string, status: string, daysOld: number) {
      const log: NotificationLogModuleService = getContainer().resolve(NOTIFICATION_LOG_MODULE)
      const detail = await log.createNotificationDetails({
        channel: "email",
        to: `${name}@${domain}`,
        template: "custom",
        subject: "Maintenance window",
        body_text: "We migrate your server at 22:00.",
        status: status as "queued",
        idempotency_key: `cleanup-test:${name}@${domain}`,
      })
      await backdate(detail.id, daysOld)
      return detail.id
    }

    async function backdate(id: string, daysOld: number) {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg("notification_detail").where({ id }).update({ created_at: new Date(Date.now() - daysOld * DAY) })
    }

    /** Who the admin's notification log still shows messages to, for one test's domain. */
    async function recipients(domain: string) {
      const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(domain)}&limit=100`, admin)
      return data.notification_logs.map((l: any) => l.to.split("@")[0]).sort()
    }

    describe("weekly cleanup job", () => {
      it("deletes sent, delivered, failed and bounced messages older than a year; keeps recent and undelivered ones; a rerun deletes nothing", async () => {
        expect(cleanupJobConfig).toEqual({ name: "cleanup", schedule: "0 2 * * 0" })
        const domain = newDomain()
        for (const status of ["sent", "delivered", "failed", "bounced", "queued", "sending"]) {
          await message(domain, `old-${status}`, status, 400)
        }
        await message(domain, "almost-a-year", "delivered", 364)
        await message(domain, "last-week", "delivered", 7)
        // a real shopper's emails (verification code, welcome), delivered by the worker, then left to age
        const shopper = await registerCustomer(api, ctx, `welcome@${domain}`)
        let logs: any[] = []
        for (let i = 0; i < 50; i++) {
          logs = (await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}`, admin)).data.notification_logs
          if (logs.length === 2 && logs.every((l) => l.status === "delivered")) {
            break
          }
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(logs.map((l) => [l.template, l.status])).toEqual([
          ["welcome", "delivered"],
          ["verification_code", "delivered"],
        ])
        const welcome = logs[0]
        for (const log of logs) {
          await backdate(log.id, 500)
        }
        expect(await recipients(domain)).toHaveLength(10)

        await cleanupJob(getContainer())
        expect(await recipients(domain)).toEqual(["almost-a-year", "last-week", "old-queued", "old-sending"])

        const { result } = await runCleanupWorkflow(getContainer()).run({ input: { asOf: new Date() } })
        expect(result.notification_logs.deleted).toBe(0)
        expect(new Date(result.notification_logs.cutoff).getTime()).toBeLessThanOrEqual(Date.now() - 365 * DAY)
        expect(await recipients(domain)).toEqual(["almost-a-year", "last-week", "old-queued", "old-sending"])
        // the purged welcome email is gone from its detail page too
        const gone = await api.get(`/admin/notification-logs/${welcome.id}`, admin).catch((e) => e.response)
        expect(gone.status).toBe(404)
      })

      it("works through more old messages than fit in a page, as of the date it is given", async () => {
        const domain = newDomain()
        for (let i = 1; i <= 7; i++) {
          await message(domain, `old-${i}`, "delivered", 30 + i)
        }
        // as of today nothing of this is a year old
        const today = await runCleanupWorkflow(getContainer()).run({ input: { asOf: new Date(), pageSize: 2 } })
        expect(today.result.notification_logs.deleted).toBe(0)
        expect(await recipients(domain)).toHaveLength(7)
        // 330.5 days on, the retention cutoff is 34.5 days ago today: old-5 … old-7 are past it
        const nextYear = new Date(Date.now() + (365 - 34.5) * DAY)
        const first = await runCleanupWorkflow(getContainer()).run({ input: { asOf: nextYear, pageSize: 2 } })
        expect(first.result.notification_logs.deleted).toBe(3)
        expect(await recipients(domain)).toEqual(["old-1", "old-2", "old-3", "old-4"])
        // 400 days on, all of them (and whatever else in the log is final by then)
        const later = new Date(Date.now() + 400 * DAY)
        const second = await runCleanupWorkflow(getContainer()).run({ input: { asOf: later, pageSize: 2 } })
        expect(second.result.notification_logs.deleted).toBeGreaterThanOrEqual(4)
        expect(await recipients(domain)).toEqual([])
      })
    })
  },
})
