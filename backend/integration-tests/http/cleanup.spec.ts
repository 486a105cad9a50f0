import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import cleanupJob, { config as cleanupJobConfig } from "../../src/jobs/cleanup"
import { NOTIFICATION_LOG_MODULE } from "../../src/modules/notification-log"
import type NotificationLogModuleService from "../../src/modules/notification-log/service"
import { PAYMENT_LOG_MODULE } from "../../src/modules/payment-log"
import type PaymentLogModuleService from "../../src/modules/payment-log/service"
import { runCleanupWorkflow } from "../../src/workflows/cleanup"
import { adminHeaders, registerCustomer, seedStore, type StoreContext, totp } from "../helpers"

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
    async function message(
      domain: string,
      name: string,
      status: string,
      daysOld: number,
      extra: { channel?: "email" | "sms"; customer_id?: string; shopper_id?: string } = {}
    ) {
      const log: NotificationLogModuleService = getContainer().resolve(NOTIFICATION_LOG_MODULE)
      const detail = await log.createNotificationDetails({
        ...extra,
        channel: extra.channel ?? "email",
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

    /** Who the admin's notification log still shows messages to (archived ones too), for one test's domain. */
    async function recipients(domain: string, archived = "all") {
      const { data } = await api.get(
        `/admin/notification-logs?to=${encodeURIComponent(domain)}&limit=100&archived=${archived}`,
        admin
      )
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
        expect(result.email_archive.archived).toBe(0)
        expect(result.verification_codes.deleted).toBe(0)
        expect(result.payment_failures.deleted).toBe(0)
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

    describe("email archive (CLEANUP_EMAIL_ARCHIVE_DAYS, 90)", () => {
      it("archives final emails past 90 days as of the run; they leave the default list and stay searchable by shopper and customer", async () => {
        const domain = newDomain()
        const shopper = { customer_id: `cus_archive_${run}`, shopper_id: `CS-ARCH${run}` }
        await message(domain, "inside", "delivered", 10, shopper)
        await message(domain, "outside", "delivered", 11, shopper)
        await message(domain, "outside-failed", "failed", 11, shopper)
        await message(domain, "outside-queued", "queued", 11, shopper)
        await message(domain, "outside-sms", "delivered", 11, { ...shopper, channel: "sms" })

        // as of 79.5 days from now, "inside" is 89.5 days old, the rest 90.5
        const asOf = new Date(Date.now() + 79.5 * DAY)
        const first = await runCleanupWorkflow(getContainer()).run({ input: { asOf, pageSize: 1 } })
        expect(first.result.email_archive.archived).toBeGreaterThanOrEqual(2)
        expect(new Date(first.result.email_archive.cutoff).getTime()).toBe(asOf.getTime() - 90 * DAY)

        expect(await recipients(domain, "false")).toEqual(["inside", "outside-queued", "outside-sms"])
        expect(await recipients(domain, "true")).toEqual(["outside", "outside-failed"])
        expect(await recipients(domain)).toHaveLength(5)
        // the Email log page's "Archived" filter, by shopper id and by customer
        for (const filter of [`shopper_id=${shopper.shopper_id}`, `customer_id=${shopper.customer_id}`]) {
          const { data } = await api.get(`/admin/notification-logs?channel=email&archived=true&${filter}`, admin)
          expect(data.notification_logs.map((l: any) => [l.to.split("@")[0], !!l.archived_at]).sort()).toEqual([
            ["outside", true],
            ["outside-failed", true],
          ])
          const recent = await api.get(`/admin/notification-logs?channel=email&${filter}`, admin)
          expect(recent.data.notification_logs.map((l: any) => l.to.split("@")[0]).sort()).toEqual(["inside", "outside-queued"])
        }
        const bad = await api.get(`/admin/notification-logs?archived=maybe`, admin).catch((e) => e.response)
        expect(bad.status).toBe(400)

        const again = await runCleanupWorkflow(getContainer()).run({ input: { asOf } })
        expect(again.result.email_archive.archived).toBe(0)
        expect(await recipients(domain, "true")).toEqual(["outside", "outside-failed"])
      })
    })

    describe("verification codes (CLEANUP_OTP_RETENTION_DAYS, 30)", () => {
      it("deletes codes never confirmed past 30 days as of the run; keeps newer ones and confirmed ones", async () => {
        const auth = getContainer().resolve(Modules.AUTH) as any
        const domain = newDomain()
        async function verification(name: string, daysOld: number, verified: boolean) {
          const identity = await auth.createAuthIdentities({
            provider_identities: [{ provider: "emailpass", entity_id: `${name}@${domain}` }],
          })
          const requested = new Date(Date.now() - daysOld * DAY)
          const [record] = await auth.createAuthVerifications([
            {
              auth_identity_id: identity.id,
              entity_id: `${name}@${domain}`,
              entity_type: "email",
              code_provider: "email_code",
              requested_at: requested,
              verified_at: verified ? requested : null,
            },
          ])
          return record.id as string
        }
        const inside = await verification("inside", 10, false)
        const outside = await verification("outside", 11, false)
        const confirmed = await verification("confirmed", 400, true)
        const left = async () =>
          (await auth.listAuthVerifications({ id: [inside, outside, confirmed] }, { select: ["id"] }))
            .map((v: { id: string }) => v.id)
            .sort()

        // as of 19.5 days from now, "inside" was asked for 29.5 days before, "outside" 30.5
        const asOf = new Date(Date.now() + 19.5 * DAY)
        const first = await runCleanupWorkflow(getContainer()).run({ input: { asOf, pageSize: 1 } })
        expect(first.result.verification_codes.deleted).toBeGreaterThanOrEqual(1)
        expect(await left()).toEqual([inside, confirmed].sort())

        const again = await runCleanupWorkflow(getContainer()).run({ input: { asOf } })
        expect(again.result.verification_codes.deleted).toBe(0)
        expect(await left()).toEqual([inside, confirmed].sort())
      })
    })

    describe("authenticator set-ups and password-reset tokens (CLEANUP_MFA_PENDING_DAYS 1, CLEANUP_PASSWORD_RESET_RETENTION_DAYS 1)", () => {
      it("removes set-ups never confirmed past a day and reset tokens expired past a day; keeps fresh set-ups, enabled factors and live tokens", async () => {
        const auth = getContainer().resolve(Modules.AUTH) as any
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const domain = newDomain()
        const identity = (name: string) =>
          auth.createAuthIdentities({ provider_identities: [{ provider: "emailpass", entity_id: `${name}@${domain}` }] })
        async function factor(name: string, hoursOld: number, confirm = false) {
          const { id } = await identity(name)
          const started = await auth.startAuthMfa({ auth_identity_id: id, provider: "totp" })
          if (confirm) {
            await auth.verifyAuthMfa({ id: started.mfa.id, code: totp(started.secret) })
          }
          await pg("auth_mfa_factor").where({ id: started.mfa.id }).update({ created_at: new Date(Date.now() - hoursOld * 3_600_000) })
          return started.mfa.id as string
        }
        const stale = await factor("stale", 25)
        const fresh = await factor("fresh", 2)
        const enabled = await factor("enabled", 24 * 400, true)
        const statuses = async () =>
          Object.fromEntries(
            (await auth.listAuthMfa({ id: [stale, fresh, enabled] }, { select: ["id", "status"] })).map((f: any) => [
              f.id === stale ? "stale" : f.id === fresh ? "fresh" : "enabled",
              f.status,
            ])
          )
        expect(await statuses()).toEqual({ stale: "pending", fresh: "pending", enabled: "enabled" })

        // Medusa keeps a record (hash, expiry) of each reset link until it is used or superseded
        async function resetToken(name: string, expiredHoursAgo: number) {
          await identity(name)
          await auth.createPasswordResetToken({ provider: "emailpass", entity_id: `${name}@${domain}` })
          await pg("auth_password_reset_token")
            .where({ entity_id: `${name}@${domain}` })
            .update({ expires_at: new Date(Date.now() - expiredHoursAgo * 3_600_000) })
        }
        await resetToken("reset-old", 25)
        await resetToken("reset-recent", 23)
        const tokens = async () =>
          (await pg("auth_password_reset_token").where("entity_id", "like", `%@${domain}`).whereNull("deleted_at").select("entity_id"))
            .map((t: { entity_id: string }) => t.entity_id.split("@")[0])
            .sort()
        expect(await tokens()).toEqual(["reset-old", "reset-recent"])

        const first = await runCleanupWorkflow(getContainer()).run({ input: { asOf: new Date(), pageSize: 1 } })
        expect(first.result.pending_mfa_setups.removed).toBeGreaterThanOrEqual(1)
        expect(first.result.password_reset_tokens.deleted).toBeGreaterThanOrEqual(1)
        expect(await statuses()).toEqual({ stale: "disabled", fresh: "pending", enabled: "enabled" })
        expect(await tokens()).toEqual(["reset-recent"])

        const again = await runCleanupWorkflow(getContainer()).run({ input: { asOf: new Date() } })
        expect(again.result.pending_mfa_setups.removed).toBe(0)
        expect(again.result.password_reset_tokens.deleted).toBe(0)
        expect(await statuses()).toEqual({ stale: "disabled", fresh: "pending", enabled: "enabled" })
      })
    })

    describe("failed payments (CLEANUP_FAILED_PAYMENT_RETENTION_DAYS, 180)", () => {
      it("deletes failed and cancelled payment records past 180 days as of the run; keeps newer ones", async () => {
        const payments: PaymentLogModuleService = getContainer().resolve(PAYMENT_LOG_MODULE)
        const tag = `cleanup-${Date.now()}`
        async function failure(name: string, daysOld: number, action: "failed" | "canceled" = "failed") {
          const created = await payments.createPaymentFailures({
            event_key: `${tag}:${name}`,
            provider_id: "pp_stripe_stripe",
            action,
            payment_session_id: `payses_${tag}_${name}`,
            code: "card_declined",
            reason: "Your card was declined.",
            occurred_at: new Date(Date.now() - daysOld * DAY),
          })
          return created.id as string
        }
        const inside = await failure("inside", 10)
        const outside = await failure("outside", 11)
        const outsideCancelled = await failure("outside-cancelled", 11, "canceled")
        const left = async () =>
          (await payments.listPaymentFailures({ id: [inside, outside, outsideCancelled] })).map((f) => f.id).sort()

        // as of 169.5 days from now, "inside" occurred 179.5 days before, the others 180.5
        const asOf = new Date(Date.now() + 169.5 * DAY)
        const first = await runCleanupWorkflow(getContainer()).run({ input: { asOf, pageSize: 1 } })
        expect(first.result.payment_failures.deleted).toBeGreaterThanOrEqual(2)
        expect(await left()).toEqual([inside])

        const again = await runCleanupWorkflow(getContainer()).run({ input: { asOf } })
        expect(again.result.payment_failures.deleted).toBe(0)
        expect(await left()).toEqual([inside])
      })
    })
  },
})
