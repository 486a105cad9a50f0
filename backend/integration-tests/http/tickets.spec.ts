import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "fs"
import os from "os"
import path from "path"
import { adminHeaders, errorOf, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(300 * 1000)

// uploads of this run go to their own folder, to see what was (not) stored
const UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "tickets-spec-"))
process.env.FILE_UPLOAD_DIR = UPLOAD_DIR

// a real 1×1 PNG and a minimal one-page PDF
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/MediaBox[0 0 3 3]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
const PNG_WITH_HTML = Buffer.concat([PNG.subarray(0, 8), Buffer.from("<html><body><script>alert(document.cookie)</script></body></html>")])
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
const HTML = Buffer.from("<!doctype html><html><body>hi</body></html>")

type Headers = { headers: Record<string, string> }

function form(files: { buf: Buffer; name: string; type: string }[], body?: string) {
  const fd = new FormData()
  for (const f of files) {
    fd.append("files", new Blob([new Uint8Array(f.buf)], { type: f.type }), f.name)
  }
  if (body !== undefined) {
    fd.append("body", body)
  }
  return fd
}

const stored = (ticketId: string) => fs.readdirSync(UPLOAD_DIR).filter((f) => f.includes(ticketId))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    /** How many `template` emails went to `to` (subscribers run after the request: wait a little). */
    async function emails(to: string, template: string, atLeast = 1) {
      let count = 0
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}`, admin)
        count = data.count
        if (count >= atLeast) {
          break
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return count
    }

    async function openTicket(shopper: { headers: Headers }, subject = "Cannot reach my VPS") {
      const { data } = await api.post("/store/tickets", { subject, category: "technical", body: "SSH times out since this morning." }, shopper.headers)
      return data.ticket
    }

    describe("ticket lifecycle", () => {
      it("goes from the customer's request to a rated, closed ticket, with emails and without ever showing notes", async () => {
        const shopper = await registerCustomer(api, ctx)
        const ticket = await openTicket(shopper)
        expect(ticket).toMatchObject({ status: "open", priority: "normal", source: "portal", category: "technical", subject: "Cannot reach my VPS" })
        expect(ticket.number).toMatch(/^TKT-1\d{5}$/)
        expect(ticket.messages).toHaveLength(1)
        expect(ticket.messages[0]).toMatchObject({ author_type: "customer", body: "SSH times out since this morning." })
        expect(await emails(shopper.email, "ticket_created")).toBe(1)

        const { data: me } = await api.get("/admin/users/me", admin)
        let res = await api.post(`/admin/tickets/${ticket.id}/assign`, { assignee_id: me.user.id }, admin)
        expect(res.data.ticket.assignee_id).toBe(me.user.id)
        expect(res.data.ticket.assignee.email).toBe(me.user.email)
        await api.post(`/admin/tickets/${ticket.id}/priority`, { priority: "high" }, admin)
        await api.post(`/admin/tickets/${ticket.id}/notes`, { body: "Host node-7 was rebooted; INTERNAL" }, admin)
        res = await api.post(`/admin/tickets/${ticket.id}/replies`, { body: "We restarted the host, please try again." }, admin)
        expect(res.data.ticket).toMatchObject({ status: "pending", priority: "high" })
        expect(res.data.ticket.notes.map((n: any) => n.body)).toEqual(["Host node-7 was rebooted; INTERNAL"])
        expect(await emails(shopper.email, "ticket_replied")).toBe(1)

        const { data: seen } = await api.get(`/store/tickets/${ticket.id}`, shopper.headers)
        expect(seen.ticket.messages.map((m: any) => m.author_type)).toEqual(["customer", "admin"])
        expect(seen.ticket.messages[1].body).toBe("We restarted the host, please try again.")
        expect(seen.ticket.notes).toBeUndefined()
        expect(JSON.stringify(seen)).not.toContain("INTERNAL")
        const { data: list } = await api.get("/store/tickets", shopper.headers)
        expect(list.tickets.map((t: any) => t.id)).toEqual([ticket.id])
        expect(JSON.stringify(list)).not.toContain("INTERNAL")

        // the customer's answer reopens it, and their own reply emails nobody
        res = await api.post(`/store/tickets/${ticket.id}/replies`, { body: "Works now, thanks!" }, shopper.headers)
        expect(res.data.ticket.status).toBe("open")

        res = await api.post(`/admin/tickets/${ticket.id}/status`, { status: "resolved" }, admin)
        expect(res.data.ticket.status).toBe("resolved")
        expect(await emails(shopper.email, "ticket_status_changed")).toBe(1)
        expect(await emails(shopper.email, "ticket_replied")).toBe(1)

        res = await api.post(`/store/tickets/${ticket.id}/rating`, { rating: 5, comment: "Fast" }, shopper.headers)
        expect(res.data.ticket).toMatchObject({ rating: 5, rating_comment: "Fast" })
        res = await api.post(`/store/tickets/${ticket.id}/close`, {}, shopper.headers)
        expect(res.data.ticket.status).toBe("closed")
        expect(res.data.ticket.closed_at).toBeTruthy()
        expect(await emails(shopper.email, "ticket_status_changed", 2)).toBe(2)

        const closedReply = await errorOf(api.post(`/store/tickets/${ticket.id}/replies`, { body: "one more thing" }, shopper.headers))
        expect(closedReply.status).toBe(400)
        expect(closedReply.message).toMatch(/closed/)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/close`, {}, shopper.headers))).toBe(400)
      })

      it("lets an admin open a ticket on behalf of a customer, who gets the confirmation and sees it", async () => {
        const shopper = await registerCustomer(api, ctx)
        // the "New ticket" drawer's customer picker: part of the email, the fields it shows
        const { data: customers } = await api.get(
          `/admin/customers?q=${encodeURIComponent(shopper.email.split("@")[0])}&limit=8&fields=id,email,first_name,last_name,has_account`,
          admin
        )
        expect(customers.customers).toHaveLength(1)
        expect(customers.customers[0]).toMatchObject({ email: shopper.email, has_account: true })
        const customerId = customers.customers[0].id
        const { data } = await api.post(
          "/admin/tickets",
          { customer_id: customerId, subject: "Called about billing", category: "billing", priority: "high", body: "Customer called: invoice address wrong.", source: "email" },
          admin
        )
        expect(data.ticket).toMatchObject({ customer_id: customerId, source: "email", status: "open", priority: "high" })
        expect(data.ticket.assignee_id).toBeTruthy()
        expect(await emails(shopper.email, "ticket_created")).toBe(1)
        const { data: list } = await api.get("/store/tickets", shopper.headers)
        expect(list.tickets.map((t: any) => t.id)).toEqual([data.ticket.id])
        expect(await statusOf(api.post("/admin/tickets", { customer_id: "cus_missing", subject: "x y z", body: "b" }, admin))).toBe(400)
      })

      it("filters the admin list by status, priority, assignee, customer and words in the thread", async () => {
        const shopper = await registerCustomer(api, ctx)
        const a = await openTicket(shopper, "Billing question about zebra invoices")
        const b = await openTicket(shopper, "Disk full")
        await api.post(`/store/tickets/${b.id}/replies`, { body: "the quokka volume is at 100%" }, shopper.headers)
        await api.post(`/admin/tickets/${b.id}/priority`, { priority: "urgent" }, admin)
        const ids = async (qs: string) => (await api.get(`/admin/tickets?${qs}`, admin)).data.tickets.map((t: any) => t.id)
        expect(await ids(`customer_id=${a.customer_id}`)).toEqual([b.id, a.id])
        expect(await ids(`customer_id=${a.customer_id}&priority=urgent`)).toEqual([b.id])
        expect(await ids("q=zebra")).toEqual([a.id])
        expect(await ids("q=QUOKKA")).toEqual([b.id])
        expect(await ids(`customer_id=${a.customer_id}&assignee_id=unassigned&status=open`)).toEqual([b.id, a.id])
        const { data } = await api.get(`/admin/tickets?customer_id=${a.customer_id}&limit=1&offset=1`, admin)
        expect(data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(data.tickets[0].customer.email).toBe(shopper.email)
      })
    })

    describe("someone else's ticket", () => {
      it("is a 404 on every customer route, attachments included, and nothing changes", async () => {
        const owner = await registerCustomer(api, ctx)
        const other = await registerCustomer(api, ctx)
        const ticket = await openTicket(owner)
        const { data: up } = await api.post(`/store/tickets/${ticket.id}/attachments`, form([{ buf: PNG, name: "shot.png", type: "image/png" }]), owner.headers)
        const fileId = up.message.attachments[0].file_id
        await api.post(`/admin/tickets/${ticket.id}/status`, { status: "resolved" }, admin)

        const h = other.headers
        expect(await statusOf(api.get(`/store/tickets/${ticket.id}`, h))).toBe(404)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/replies`, { body: "hi" }, h))).toBe(404)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/close`, {}, h))).toBe(404)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/rating`, { rating: 1 }, h))).toBe(404)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/attachments`, form([{ buf: PNG, name: "x.png", type: "image/png" }]), h))).toBe(404)
        expect(await statusOf(api.get(`/store/tickets/${ticket.id}/attachments/${fileId}`, h))).toBe(404)
        expect((await api.get("/store/tickets", h)).data.count).toBe(0)
        expect(stored(ticket.id)).toHaveLength(1)

        const { data } = await api.get(`/store/tickets/${ticket.id}`, owner.headers)
        expect(data.ticket).toMatchObject({ status: "resolved", rating: null })
        expect(data.ticket.messages.filter((m: any) => m.author_type === "customer")).toHaveLength(2)
        // and without a session there is nothing at all
        expect(await statusOf(api.get(`/store/tickets/${ticket.id}`, ctx.storeHeaders))).toBe(401)
      })
    })

    describe("bad requests", () => {
      it("answers 400 to invalid bodies and state changes that don't apply", async () => {
        const shopper = await registerCustomer(api, ctx)
        const h = shopper.headers
        expect(await statusOf(api.post("/store/tickets", { subject: "Hi", body: "" }, h))).toBe(400)
        expect(await statusOf(api.post("/store/tickets", { subject: "Valid subject", body: "b", status: "closed" }, h))).toBe(400)
        expect(await statusOf(api.post("/store/tickets", { subject: "Valid subject", body: "b", priority: "asap" }, h))).toBe(400)
        const ticket = await openTicket(shopper)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/replies`, { body: "  " }, h))).toBe(400)
        const early = await errorOf(api.post(`/store/tickets/${ticket.id}/rating`, { rating: 4 }, h))
        expect(early.status).toBe(400)
        expect(early.message).toMatch(/resolved or closed/)
        await api.post(`/admin/tickets/${ticket.id}/status`, { status: "resolved" }, admin)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/rating`, { rating: 6 }, h))).toBe(400)
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/rating`, { rating: 0 }, h))).toBe(400)
        expect(await statusOf(api.post(`/admin/tickets/${ticket.id}/status`, { status: "resolved" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/tickets/${ticket.id}/status`, { status: "done" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/tickets/${ticket.id}/assign`, { assignee_id: "user_missing" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/tickets/${ticket.id}/priority`, { priority: "high", extra: 1 }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/tickets/tkt_missing/replies`, { body: "hello" }, admin))).toBe(404)
      })
    })

    describe("attachments", () => {
      it("accepts a real PNG and PDF, stores them privately and serves them only as downloads", async () => {
        const shopper = await registerCustomer(api, ctx)
        const ticket = await openTicket(shopper)
        const { data } = await api.post(
          `/store/tickets/${ticket.id}/attachments`,
          form([{ buf: PNG, name: "../../screenshot.png", type: "image/png" }, { buf: PDF, name: "invoice.pdf", type: "application/pdf" }], "Here are the files"),
          shopper.headers
        )
        expect(data.message).toMatchObject({ author_type: "customer", body: "Here are the files" })
        const [png, pdf] = data.message.attachments
        expect(png).toMatchObject({ name: "screenshot.png", mime: "image/png", size: PNG.length })
        expect(pdf).toMatchObject({ name: "invoice.pdf", mime: "application/pdf", size: PDF.length })
        // stored under generated names, not the customer's
        expect(stored(ticket.id)).toHaveLength(2)
        expect(fs.readdirSync(UPLOAD_DIR).some((f) => f.includes("screenshot"))).toBe(false)

        const download = await api.get(png.url, { ...shopper.headers, responseType: "arraybuffer" })
        expect(Buffer.from(download.data).equals(PNG)).toBe(true)
        expect(download.headers["content-type"]).toMatch(/^image\/png/)
        expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="screenshot.png"/)
        expect(download.headers["x-content-type-options"]).toBe("nosniff")

        // the admin sees and downloads them too, and can answer with a file
        const { data: adminView } = await api.get(`/admin/tickets/${ticket.id}`, admin)
        const adminPdf = adminView.ticket.messages[1].attachments[1]
        const adminDownload = await api.get(adminPdf.url, { ...admin, responseType: "arraybuffer" })
        expect(Buffer.from(adminDownload.data).equals(PDF)).toBe(true)
        const { data: reply } = await api.post(`/admin/tickets/${ticket.id}/attachments`, form([{ buf: PDF, name: "guide.pdf", type: "application/pdf" }], "See the guide"), admin)
        expect(reply.ticket.status).toBe("pending")
        expect(await emails(shopper.email, "ticket_replied")).toBe(1)
        expect(await statusOf(api.get(`/store/tickets/${ticket.id}/attachments/nope.png`, shopper.headers))).toBe(404)
      })

      it("refuses anything that isn't what it claims, or is too large, and stores nothing", async () => {
        const shopper = await registerCustomer(api, ctx)
        const ticket = await openTicket(shopper)
        const refused = [
          { buf: PNG_WITH_HTML, name: "photo.png", type: "image/png" },
          { buf: SVG, name: "logo.svg", type: "image/svg+xml" },
          { buf: SVG, name: "logo.png", type: "image/png" },
          { buf: HTML, name: "page.html", type: "text/html" },
          { buf: HTML, name: "notes.txt", type: "text/plain" },
          { buf: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]), name: "app.pdf", type: "application/pdf" },
        ]
        for (const file of refused) {
          const error = await errorOf(api.post(`/store/tickets/${ticket.id}/attachments`, form([file]), shopper.headers))
          expect({ name: file.name, status: error.status }).toEqual({ name: file.name, status: 400 })
          expect(error.message).toMatch(/only PNG, JPEG, GIF, PDF or plain text files are accepted/)
        }
        // one bad file among good ones refuses them all
        const mixed = await errorOf(
          api.post(`/store/tickets/${ticket.id}/attachments`, form([{ buf: PNG, name: "ok.png", type: "image/png" }, refused[0]]), shopper.headers)
        )
        expect(mixed.status).toBe(400)
        const big = Buffer.alloc(5 * 1024 * 1024 + 10, "a")
        const tooBig = await errorOf(api.post(`/store/tickets/${ticket.id}/attachments`, form([{ buf: big, name: "big.log", type: "text/plain" }]), shopper.headers))
        expect(tooBig).toEqual({ status: 400, message: "The file is larger than 5 MB" })
        expect(await statusOf(api.post(`/store/tickets/${ticket.id}/attachments`, form([], "no file"), shopper.headers))).toBe(400)

        expect(stored(ticket.id)).toHaveLength(0)
        const { data } = await api.get(`/store/tickets/${ticket.id}`, shopper.headers)
        expect(data.ticket.messages).toHaveLength(1)

        // a plain UTF-8 log is fine
        const log = Buffer.from("2026-11-25 06:00 ERROR ssh: connect to host port 22: Connection timed out — ünïcode\n")
        const { data: ok } = await api.post(`/store/tickets/${ticket.id}/attachments`, form([{ buf: log, name: "ssh.log", type: "text/x-log" }]), shopper.headers)
        expect(ok.message.attachments[0]).toMatchObject({ name: "ssh.txt", mime: "text/plain" })
      })
    })
  },
})
