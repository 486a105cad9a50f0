import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    /** the log is written right after the answer: wait for it */
    async function logFor(query: string, expected = 1) {
      for (let i = 0; i < 40; i++) {
        const { data } = await api.get(`/admin/action-logs?${query}`, admin)
        if (data.action_logs.length >= expected) {
          return data.action_logs
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return (await api.get(`/admin/action-logs?${query}`, admin)).data.action_logs
    }

    describe("admin action log", () => {
      it("records a write to Medusa's own admin routes: who, what, which record, which fields, from where", async () => {
        const { data } = await api.get("/admin/products?handle=cloud-vps", admin)
        const product = data.products[0]
        await api.post(`/admin/products/${product.id}`, { subtitle: "Fast NVMe VPS" }, { headers: { ...admin.headers, "x-forwarded-for": "203.0.113.50" } })
        const [entry] = await logFor(`resource_id=${product.id}`)
        const { data: me } = await api.get("/admin/users/me", admin)
        expect(entry).toMatchObject({
          action: "product.updated",
          actor_type: "user",
          actor_id: me.user.id,
          resource_type: "product",
          resource_id: product.id,
          ip: "203.0.113.50",
          data: { method: "POST", path: `/admin/products/${product.id}`, fields: ["subtitle"] },
        })
        // filters: by admin and by date
        const byAdmin = await logFor(`actor_id=${me.user.id}&resource_type=product`)
        expect(byAdmin.map((a: any) => a.id)).toContain(entry.id)
        const future = new Date(Date.now() + 86_400_000).toISOString()
        expect((await api.get(`/admin/action-logs?created_at[gte]=${future}`, admin)).data.count).toBe(0)
        // a refused write is not recorded
        expect(await statusOf(api.post(`/admin/products/${product.id}`, { status: "nonsense" }, admin))).toBe(400)
        expect(await logFor(`resource_id=${product.id}`)).toHaveLength(1)
      })

      it("records our own routes too, once, with the customer they concern", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", shopper.headers)
        const id = me.customer.id
        await api.post(`/admin/customers/${id}/send-email`, { subject: "Your server", body: "It is ready." }, admin)
        await api.post(`/admin/customers/${id}/suspend`, { reason: "Payment dispute" }, admin)
        const entries = await logFor(`customer_id=${id}`, 2)
        expect(entries.map((a: any) => a.action).sort()).toEqual(["customer.send_email", "customer.suspended"])
        expect(entries.find((a: any) => a.action === "customer.suspended").reason).toBe("Payment dispute")
        expect(await statusOf(api.get("/admin/action-logs?actor_type=robot", admin))).toBe(400)
        expect(await statusOf(api.get("/admin/action-logs", ctx.storeHeaders))).toBe(401)
      })
    })

    describe("customer notes", () => {
      it("adds, pins, edits and deletes notes on a customer, pinned first", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", shopper.headers)
        const id = me.customer.id
        const { data: a } = await api.post(`/admin/customers/${id}/notes`, { text: "Prefers email over phone" }, admin)
        const { data: b } = await api.post(`/admin/customers/${id}/notes`, { text: "VIP: 3 yearly plans", pinned: true }, admin)
        expect(a.note).toMatchObject({ customer_id: id, text: "Prefers email over phone", pinned: false, author_id: expect.stringMatching(/^user_/) })
        let { data } = await api.get(`/admin/customers/${id}/notes`, admin)
        expect(data.notes.map((n: any) => n.text)).toEqual(["VIP: 3 yearly plans", "Prefers email over phone"])

        await api.post(`/admin/notes/${a.note.id}`, { text: "Prefers email", pinned: true }, admin)
        await api.delete(`/admin/notes/${b.note.id}`, admin)
        ;({ data } = await api.get(`/admin/customers/${id}/notes`, admin))
        expect(data.notes.map((n: any) => [n.text, n.pinned])).toEqual([["Prefers email", true]])

        expect(await statusOf(api.post(`/admin/customers/${id}/notes`, { text: "" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/notes/${a.note.id}`, {}, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/customers/cus_missing/notes`, { text: "x" }, admin))).toBe(404)
        expect(await statusOf(api.delete(`/admin/notes/cnote_missing`, admin))).toBe(404)
        const log = await logFor(`customer_id=${id}`, 4)
        expect(log.map((e: any) => e.action).sort()).toEqual(
          ["customer.notes.created", "customer.notes.created", "note.deleted", "note.updated"].sort()
        )
      })
    })
  },
})
