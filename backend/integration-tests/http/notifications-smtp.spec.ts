import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { NOTIFICATION_LOG_MODULE } from "../../src/modules/notification-log"
import type NotificationLogModuleService from "../../src/modules/notification-log/service"
import { deliverDueNotificationsWorkflow } from "../../src/workflows/notification"
import { adminHeaders, crashAfterProviderAck, registerCustomer, seedStore, type StoreContext } from "../helpers"
import { LocalSmtpServer, pickPort } from "../stubs"

jest.setTimeout(120 * 1000)

const SMTP_PORT = pickPort()

// Email goes through the real SMTP path (nodemailer) to an SMTP server the test runs.
// medusa-config.ts is read before the runner's `env` is applied, so the
// configuration is set here (Jest gives each test file its own process.env).
Object.assign(process.env, {
  EMAIL_TRANSPORTS: "smtp",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(SMTP_PORT),
  EMAIL_FROM: "CloudServices <billing@cloudservices.test>",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    const smtp = new LocalSmtpServer(SMTP_PORT)

    beforeAll(async () => {
      await smtp.start()
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })
    afterAll(async () => {
      await smtp.stop()
    })

    async function waitForLog(id: string, statuses: string[]) {
      for (let i = 0; i < 100; i++) {
        const { data } = await api.get(`/admin/notification-logs/${id}`, admin)
        if (statuses.includes(data.notification_log.status)) {
          return data.notification_log
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      const { data } = await api.get(`/admin/notification-logs/${id}`, admin)
      throw new Error(`log ${id} never reached ${statuses}: ${JSON.stringify(data.notification_log).slice(0, 600)}`)
    }

    it("delivers an admin's email to the SMTP server", async () => {
      const shopper = await registerCustomer(api, ctx)
      const { data: me } = await api.get("/store/customers/me", shopper.headers)
      const { data } = await api.post(
        "/admin/notifications/email",
        { customer_id: me.customer.id, subject: "Your invoice", body: "Thanks for staying with us." },
        admin
      )
      const log = await waitForLog(data.notification_log.id, ["sent"])
      expect(log.provider).toBe("smtp")
      expect(log.provider_message_id).toMatch(/@/)
      const mails = smtp.received.filter((m) => m.to.includes(shopper.email) && m.raw.includes("Your invoice"))
      expect(mails).toHaveLength(1)
      expect(mails[0].from).toBe("billing@cloudservices.test")
      expect(mails[0].raw).toContain("Thanks for staying with us.")
      expect(mails[0].raw).toMatch(/Content-Type: text\/html/i)
    })

    it("keeps an email queued while the SMTP server is down and delivers it exactly once when it is back", async () => {
      const shopper = await registerCustomer(api, ctx)
      const { data: me } = await api.get("/store/customers/me", shopper.headers)
      await smtp.stop()

      const { data } = await api.post(
        "/admin/notifications/email",
        { customer_id: me.customer.id, subject: "Outage test", body: "Sent while the server was down." },
        admin
      )
      const waiting = await waitForLog(data.notification_log.id, ["queued"])
      expect(waiting.attempts).toBeGreaterThanOrEqual(1)
      expect(waiting.error).toMatch(/SMTP/)
      expect(new Date(waiting.next_attempt_at).getTime()).toBeGreaterThan(Date.now())

      // the job before the backoff passed: nothing is due, nothing is sent
      const container = getContainer()
      await deliverDueNotificationsWorkflow(container).run({ input: { asOf: new Date() } })
      expect((await api.get(`/admin/notification-logs/${data.notification_log.id}`, admin)).data.notification_log.status).toBe("queued")

      await smtp.start()
      const later = new Date(Date.now() + 10 * 60_000)
      await deliverDueNotificationsWorkflow(container).run({ input: { asOf: later } })
      // and a second run of the job (or another instance) changes nothing
      await deliverDueNotificationsWorkflow(container).run({ input: { asOf: later } })

      const delivered = await waitForLog(data.notification_log.id, ["sent"])
      expect(delivered.attempts).toBe(waiting.attempts + 1)
      expect(delivered.error).toBeNull()
      expect(smtp.received.filter((m) => m.raw.includes("Outage test"))).toHaveLength(1)
    })

    it("does not send a message twice when a worker died after the server took it", async () => {
      const shopper = await registerCustomer(api, ctx)
      const { data: me } = await api.get("/store/customers/me", shopper.headers)
      const { data } = await api.post(
        "/admin/notifications/email",
        { customer_id: me.customer.id, subject: "Crash test", body: "Exactly once." },
        admin
      )
      await waitForLog(data.notification_log.id, ["sent"])
      // simulate the crash: the attempt succeeded but its result was never recorded
      const log = getContainer().resolve(NOTIFICATION_LOG_MODULE) as any
      await log.updateNotificationDetails({ id: data.notification_log.id, status: "sending", next_attempt_at: new Date(Date.now() - 1000) })
      await deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf: new Date() } })
      const recovered = await waitForLog(data.notification_log.id, ["sent"])
      expect(recovered.status).toBe("sent")
      expect(smtp.received.filter((m) => m.raw.includes("Crash test"))).toHaveLength(1)
    })

    const messageIdOf = (raw: string) => raw.match(/^Message-ID:\s*(\S+)/im)?.[1]

    it("sends a retry after a crash in the acknowledgement window again, with the same Message-ID", async () => {
      const shopper = await registerCustomer(api, ctx)
      const { data: me } = await api.get("/store/customers/me", shopper.headers)
      const { data } = await api.post(
        "/admin/notifications/email",
        { customer_id: me.customer.id, subject: "Ack window test", body: "At least once." },
        admin
      )
      const id = data.notification_log.id
      const first = await waitForLog(id, ["sent"])
      expect(first.provider_message_id).toBe(`<${id}@cloudservices.test>`)

      // the server took it, the worker died before anything was recorded: SMTP can't tell, so it goes again
      await crashAfterProviderAck(getContainer(), id)
      await deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf: new Date() } })
      const again = await waitForLog(id, ["sent"])
      expect(again).toMatchObject({ attempts: 2, provider_message_id: `<${id}@cloudservices.test>` })

      const mails = smtp.received.filter((m) => m.raw.includes("Ack window test"))
      expect(mails).toHaveLength(2)
      expect(mails.map((m) => messageIdOf(m.raw))).toEqual([`<${id}@cloudservices.test>`, `<${id}@cloudservices.test>`])
    })

    describe("the deliver-notifications job and messages left \"sending\"", () => {
      /** A message a worker claimed at `at` and died with before reaching the server. */
      async function claimedAndAbandoned(subject: string, at: Date) {
        const log = getContainer().resolve<NotificationLogModuleService>(NOTIFICATION_LOG_MODULE)
        const entry = await log.createNotificationDetails({
          channel: "email",
          to: `abandoned-${Math.random().toString(36).slice(2)}@example.com`,
          template: "custom",
          subject,
          body_html: `<p>${subject}</p>`,
          body_text: subject,
          status: "queued",
          idempotency_key: `test:${subject}:${Math.random()}`,
        })
        expect(await log.claimForDelivery(entry.id, at)).toMatchObject({ attempts: 1 })
        return { log, id: entry.id }
      }

      it("retries a message stuck past the sending timeout (60 s by default) in one run, leaves a fresh one alone", async () => {
        const t0 = new Date()
        const { log, id } = await claimedAndAbandoned("Stuck in sending", t0)
        expect(log.leaseMs).toBe(60_000)

        // still within the timeout: its worker may be talking to the server right now
        await deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf: new Date(t0.getTime() + log.leaseMs - 1000) } })
        expect(await log.retrieveNotificationDetail(id)).toMatchObject({ status: "sending", attempts: 1 })
        expect(smtp.received.filter((m) => m.raw.includes("Stuck in sending"))).toHaveLength(0)

        // past it: the next run of the job sends it
        await deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf: new Date(t0.getTime() + log.leaseMs + 1000) } })
        expect(await log.retrieveNotificationDetail(id)).toMatchObject({ status: "sent", attempts: 2, provider: "smtp" })
        const mails = smtp.received.filter((m) => m.raw.includes("Stuck in sending"))
        expect(mails).toHaveLength(1)
        expect(messageIdOf(mails[0].raw)).toBe(`<${id}@cloudservices.test>`)
      })

      it("sends a stuck message once when two runs of the job overlap", async () => {
        const t0 = new Date()
        const { log, id } = await claimedAndAbandoned("Two runs at once", t0)
        const asOf = new Date(t0.getTime() + log.leaseMs + 1000)
        await Promise.all([
          deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf } }),
          deliverDueNotificationsWorkflow(getContainer()).run({ input: { asOf } }),
        ])
        expect(await log.retrieveNotificationDetail(id)).toMatchObject({ status: "sent", attempts: 2 })
        expect(smtp.received.filter((m) => m.raw.includes("Two runs at once"))).toHaveLength(1)
      })
    })

    it("gives up on a permanent SMTP refusal with the reason", async () => {
      const shopper = await registerCustomer(api, ctx)
      const { data: me } = await api.get("/store/customers/me", shopper.headers)
      smtp.rejected.add(shopper.email)
      try {
        const { data } = await api.post(
          "/admin/notifications/email",
          { customer_id: me.customer.id, subject: "Bounce test", body: "No such mailbox." },
          admin
        )
        const failed = await waitForLog(data.notification_log.id, ["failed"])
        expect(failed.error).toMatch(/550/)
        expect(failed.attempts).toBe(1)
      } finally {
        smtp.rejected.delete(shopper.email)
      }
    })
  },
})
