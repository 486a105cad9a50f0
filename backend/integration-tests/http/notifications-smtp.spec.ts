import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { NOTIFICATION_LOG_MODULE } from "../../src/modules/notification-log"
import { deliverDueNotificationsWorkflow } from "../../src/workflows/notification"
import { adminHeaders, registerCustomer, seedStore, type StoreContext } from "../helpers"
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
