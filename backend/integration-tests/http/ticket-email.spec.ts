import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import nodemailer from "nodemailer"
import { TICKET_MODULE } from "../../src/modules/ticket"
import type TicketModuleService from "../../src/modules/ticket/service"
import { ADMIN, adminHeaders, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(180 * 1000)

// replies by email on, with the local SMTP twin on any free port
const SECRET = "inbound-test-secret-0123456789"
const DOMAIN = "replies.cloudservices.test"
process.env.EMAIL_INBOUND_SECRET = SECRET
process.env.EMAIL_INBOUND_DOMAIN = DOMAIN
process.env.EMAIL_INBOUND_SMTP_PORT = "0"

type Headers = { headers: Record<string, string> }

const QUOTED = (body: string) =>
  `${body}\n\nOn Tue, 1 Dec 2026 at 10:00, CloudServices Support <no-reply@cloudservices.local> wrote:\n> We restarted the host, please try again.\n> TKT details`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    let sent = 0
    const messageId = () => `<reply-${Date.now()}-${(sent += 1)}@mail.example.com>`

    /** A shopper's ticket and the Reply-To its confirmation email carries. */
    async function ticketWithReplyTo() {
      const shopper = await registerCustomer(api, ctx)
      const { data } = await api.post("/store/tickets", { subject: "Cannot reach my VPS", body: "SSH times out." }, shopper.headers)
      let replyTo: string | undefined
      for (let i = 0; i < 50 && !replyTo; i++) {
        const logs = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=ticket_created`, admin)
        replyTo = logs.data.notification_logs[0]?.data?.reply_to
        if (!replyTo) {
          await new Promise((r) => setTimeout(r, 100))
        }
      }
      return { shopper, ticket: data.ticket, replyTo: replyTo! }
    }

    /** SendGrid Inbound Parse's POST (multipart/form-data). */
    function inbound(fields: Record<string, string>, auth: string | null = `?key=${SECRET}`, headers: Record<string, string> = {}) {
      const form = new FormData()
      for (const [k, v] of Object.entries(fields)) {
        form.append(k, v)
      }
      return api.post(`/hooks/email/inbound${auth ?? ""}`, form, { headers }).catch((e) => e.response)
    }

    const sendgridFields = (from: string, to: string, text: string, id = messageId()) => ({
      from: `Ada Lovelace <${from}>`,
      to,
      subject: "Re: Cannot reach my VPS",
      text,
      html: `<p>${text}</p>`,
      headers: `Received: by mx.sendgrid.net\nMessage-ID: ${id}\nFrom: ${from}\n`,
      envelope: JSON.stringify({ to: [to], from }),
      charsets: JSON.stringify({ to: "UTF-8", text: "UTF-8" }),
      SPF: "pass",
      spam_score: "0.1",
    })

    async function messages(ticketId: string) {
      const { data } = await api.get(`/admin/tickets/${ticketId}`, admin)
      return data.ticket.messages.map((m: any) => [m.author_type, m.body])
    }

    describe("Reply-To of ticket emails", () => {
      it("is support+<ticket number>.<signed token>@<inbound domain>", async () => {
        const { ticket, replyTo } = await ticketWithReplyTo()
        expect(replyTo).toMatch(new RegExp(`^support\\+${ticket.number}\\.[0-9a-f]{20}@${DOMAIN.replace(/\./g, "\\.")}$`))
      })
    })

    describe("POST /hooks/email/inbound", () => {
      it("appends the customer's reply without the quoted text, once per Message-ID, and reopens the ticket", async () => {
        const { shopper, ticket, replyTo } = await ticketWithReplyTo()
        await api.post(`/admin/tickets/${ticket.id}/replies`, { body: "We restarted the host, please try again." }, admin)

        const fields = sendgridFields(shopper.email.toUpperCase(), replyTo, `${QUOTED("Still down.\nPing works, SSH does not.")}\n-- \nAda`)
        const res = await inbound(fields)
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ ticket_id: ticket.id, duplicate: false })
        expect(await messages(ticket.id)).toEqual([
          ["customer", "SSH times out."],
          ["admin", "We restarted the host, please try again."],
          ["customer", "Still down.\nPing works, SSH does not."],
        ])
        const { data } = await api.get(`/admin/tickets/${ticket.id}`, admin)
        expect(data.ticket.status).toBe("open")

        // SendGrid delivers the same email again: nothing new
        const again = await inbound(fields)
        expect(again.status).toBe(200)
        expect(again.data).toMatchObject({ ticket_id: ticket.id, duplicate: true, message_id: null })
        expect(await messages(ticket.id)).toHaveLength(3)
      })

      it("takes a reply that carries attachments (a signature logo): its text, the files dropped", async () => {
        const { shopper, ticket, replyTo } = await ticketWithReplyTo()
        const form = new FormData()
        for (const [k, v] of Object.entries(sendgridFields(shopper.email, replyTo, "Works now, thanks!"))) {
          form.append(k, v)
        }
        form.append("attachments", "1")
        form.append("attachment-info", JSON.stringify({ attachment1: { filename: "logo.png", type: "image/png" } }))
        form.append("attachment1", new Blob([Buffer.alloc(4096, 7)], { type: "image/png" }), "logo.png")
        const res = await api.post(`/hooks/email/inbound?key=${SECRET}`, form).catch((e) => e.response)
        expect(res.status).toBe(200)
        expect(await messages(ticket.id)).toEqual([
          ["customer", "SSH times out."],
          ["customer", "Works now, thanks!"],
        ])
      })

      it("takes an admin user's email as an admin reply (the customer is emailed; the ticket waits on them), with HTTP Basic auth", async () => {
        const { shopper, ticket, replyTo } = await ticketWithReplyTo()
        const basic = `Basic ${Buffer.from(`sendgrid:${SECRET}`).toString("base64")}`
        const res = await inbound(sendgridFields(ADMIN.email, replyTo, "Please reboot from the panel.\n\n> quoted"), "", { authorization: basic })
        expect(res.status).toBe(200)
        expect((await messages(ticket.id))[1]).toEqual(["admin", "Please reboot from the panel."])
        const { data } = await api.get(`/admin/tickets/${ticket.id}`, admin)
        expect(data.ticket.status).toBe("pending")
        let replied = 0
        for (let i = 0; i < 50 && !replied; i++) {
          const logs = await api.get(`/admin/notification-logs?to=${encodeURIComponent(shopper.email)}&template=ticket_replied`, admin)
          replied = logs.data.count
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(replied).toBe(1)
      })

      it("refuses bad auth (401), a wrong or tampered token, another ticket's number, an unknown sender and a bad form (400)", async () => {
        const { shopper, ticket, replyTo } = await ticketWithReplyTo()
        const ok = (to = replyTo, from = shopper.email) => sendgridFields(from, to, "Hello")
        expect((await inbound(ok(), null)).status).toBe(401)
        expect((await inbound(ok(), "?key=wrong")).status).toBe(401)
        expect((await inbound(ok(), "", { authorization: `Basic ${Buffer.from("x:wrong").toString("base64")}` })).status).toBe(401)

        const [local, domain] = replyTo.split("@")
        const token = local.split(".").pop()!
        const wrongToken = `${local.slice(0, -token.length)}${token.replace(/^./, (c) => (c === "0" ? "1" : "0"))}@${domain}`
        const otherNumber = replyTo.replace(ticket.number, `TKT-${Number(ticket.number.slice(4)) + 1000}`)
        const otherDomain = `${local}@elsewhere.test`
        for (const to of [wrongToken, otherNumber, otherDomain, `support@${DOMAIN}`]) {
          const res = await inbound(ok(to))
          expect([to, res.status]).toEqual([to, 400])
        }
        expect((await inbound(ok(replyTo, "mallory@example.com"))).status).toBe(400)
        expect((await inbound({ ...ok(), envelope: "{not json" })).status).toBe(400)
        expect((await inbound({ ...ok(), text: "> only quoted\n> text", html: "" })).status).toBe(400)
        expect(await messages(ticket.id)).toHaveLength(1)
        expect(await statusOf(api.get(`/store/tickets/${ticket.id}`, shopper.headers))).toBe(200)
      })
    })

    describe("refused replies are bounced", () => {
      const bounces = async (to: string) => {
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=ticket_reply_refused`, admin)
        return data.notification_logs as any[]
      }

      it("emails the sender of a refused reply once why it was not added (a redelivery sends nothing new)", async () => {
        const { ticket, replyTo } = await ticketWithReplyTo()
        const stranger = `stranger-${Date.now()}@example.com`
        const fields = sendgridFields(stranger, replyTo, "Let me in")
        expect((await inbound(fields)).status).toBe(400)
        expect((await inbound(fields)).status).toBe(400)
        const logs = await bounces(stranger)
        expect(logs).toHaveLength(1)
        expect(logs[0].subject).toBe(`Your reply was not added to ${ticket.number}`)
        expect(logs[0].body_text).toContain("not on file for this ticket")
        expect(logs[0].body_text).toContain("Reply from the email address of your account")
        expect(await messages(ticket.id)).toHaveLength(1)
      })

      it("tells the customer a closed ticket takes no replies", async () => {
        const { shopper, ticket, replyTo } = await ticketWithReplyTo()
        await api.post(`/admin/tickets/${ticket.id}/status`, { status: "closed" }, admin)
        expect((await inbound(sendgridFields(shopper.email, replyTo, "One more thing"))).status).toBe(400)
        const logs = await bounces(shopper.email)
        expect(logs).toHaveLength(1)
        expect(logs[0].body_text).toContain("The ticket is closed")
      })

      it("never bounces an auto-reply, a bounce, a mailer daemon or our own address", async () => {
        const { replyTo } = await ticketWithReplyTo()
        const stranger = `away-${Date.now()}@example.com`
        const autoReply = sendgridFields(stranger, replyTo, "I am out of office")
        autoReply.headers += "Auto-Submitted: auto-replied\n"
        const bulk = sendgridFields(stranger, replyTo, "Newsletter")
        bulk.headers += "Precedence: bulk\n"
        const nullSender = { ...sendgridFields(stranger, replyTo, "Delivery failed"), envelope: JSON.stringify({ to: [replyTo], from: "" }) }
        const daemon = sendgridFields(`MAILER-DAEMON@${stranger.split("@")[1]}`, replyTo, "Undeliverable")
        const ours = sendgridFields(`support@${DOMAIN}`, replyTo, "Loop")
        for (const fields of [autoReply, bulk, nullSender, daemon, ours]) {
          expect((await inbound(fields)).status).toBe(400)
        }
        await new Promise((r) => setTimeout(r, 500))
        expect(await bounces(stranger)).toHaveLength(0)
        expect(await bounces(`mailer-daemon@${stranger.split("@")[1]}`)).toHaveLength(0)
        expect(await bounces(`support@${DOMAIN}`)).toHaveLength(0)
      })

      it("bounces at most 3 refused replies an hour to one address", async () => {
        const { replyTo } = await ticketWithReplyTo()
        const stranger = `noisy-${Date.now()}@example.com`
        for (let i = 0; i < 5; i++) {
          expect((await inbound(sendgridFields(stranger, replyTo, `Attempt ${i}`))).status).toBe(400)
        }
        expect(await bounces(stranger)).toHaveLength(3)
      })
    })

    describe("local SMTP twin (EMAIL_INBOUND_SMTP_PORT)", () => {
      it("takes a reply over SMTP into the same workflow: quoted text stripped, one message per Message-ID, wrong token refused at RCPT", async () => {
        const { shopper, ticket, replyTo } = await ticketWithReplyTo()
        const tickets: TicketModuleService = getContainer().resolve(TICKET_MODULE)
        const port = tickets.inboundSmtpPort()
        expect(port).toBeGreaterThan(0)
        const smtp = nodemailer.createTransport({ host: "127.0.0.1", port: port!, secure: false, ignoreTLS: true })
        const mail = {
          from: `Ada <${shopper.email}>`,
          to: replyTo,
          subject: "Re: Cannot reach my VPS",
          text: QUOTED("Fixed after the reboot, thanks."),
          messageId: messageId(),
        }
        await smtp.sendMail(mail)
        let thread: string[][] = []
        for (let i = 0; i < 50 && thread.length < 2; i++) {
          thread = await messages(ticket.id)
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(thread).toEqual([
          ["customer", "SSH times out."],
          ["customer", "Fixed after the reboot, thanks."],
        ])

        await smtp.sendMail(mail)
        await new Promise((r) => setTimeout(r, 1000))
        expect(await messages(ticket.id)).toHaveLength(2)

        const token = replyTo.split("@")[0].split(".").pop()!
        const forged = replyTo.replace(token, token.replace(/^./, (c) => (c === "0" ? "1" : "0")))
        await expect(smtp.sendMail({ ...mail, to: forged, messageId: messageId() })).rejects.toThrow(/550|No such mailbox/)
        smtp.close()
      })

      it("bounces a refused reply over SMTP to its sender, but not an auto-reply", async () => {
        const { ticket, replyTo } = await ticketWithReplyTo()
        const port = (getContainer().resolve(TICKET_MODULE) as TicketModuleService).inboundSmtpPort()!
        const smtp = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true })
        const stranger = `smtp-stranger-${Date.now()}@example.com`
        const away = `smtp-away-${Date.now()}@example.com`
        const mail = { from: stranger, to: replyTo, subject: "Re: Cannot reach my VPS", text: "Let me in", messageId: messageId() }
        await smtp.sendMail({ ...mail, from: away, messageId: messageId(), headers: { "Auto-Submitted": "auto-replied" } })
        await smtp.sendMail(mail)
        let logs: any[] = []
        for (let i = 0; i < 50 && !logs.length; i++) {
          const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(stranger)}&template=ticket_reply_refused`, admin)
          logs = data.notification_logs
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(logs).toHaveLength(1)
        expect(logs[0].subject).toBe(`Your reply was not added to ${ticket.number}`)
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(away)}&template=ticket_reply_refused`, admin)
        expect(data.notification_logs).toHaveLength(0)
        smtp.close()
      })
    })
  },
})
