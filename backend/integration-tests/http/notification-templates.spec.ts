import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, errorOf, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
    })

    /** The newest `template` message to `to` (subscribers run after the request: wait a little). */
    async function lastEmail(to: string, template: string) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}`, admin)
        if (data.count) {
          return (await api.get(`/admin/notification-logs/${data.notification_logs[0].id}`, admin)).data.notification_log
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return null
    }

    const template = async (name: string) => (await api.get(`/admin/notification-templates/${name}`, admin)).data

    describe("POST /admin/notification-templates/:name", () => {
      it("sends the next email with the edited subject and body; versions list every save; reset brings back the built-in text", async () => {
        const builtIn = await template("welcome")
        expect(builtIn.template).toMatchObject({ name: "welcome", channel: "email", edited: false, version: null })
        expect(builtIn.template.current).toEqual(builtIn.template.default)
        expect(builtIn.versions).toEqual([])

        const { data: v1 } = await api.post(
          "/admin/notification-templates/welcome",
          {
            subject: "Hello {{customer.first_name}}, welcome aboard {{brand.name}}",
            html: "<p>Edited welcome for {{customer.first_name}}.</p>",
            text: "Edited welcome for {{customer.first_name}}.",
          },
          admin
        )
        expect(v1.template).toMatchObject({ edited: true, version: 1 })
        expect(v1.versions.map((v: any) => [v.version, v.source])).toEqual([[1, "edit"]])
        expect(v1.versions[0].author_id).toBeTruthy()

        const { data: list } = await api.get("/admin/notification-templates", admin)
        expect(list.templates.find((t: any) => t.name === "welcome")).toMatchObject({ edited: true, version: 1 })

        // the next welcome email uses the edited version
        const shopper = await registerCustomer(api, ctx)
        const sent = await lastEmail(shopper.email, "welcome")
        expect(sent.subject).toBe("Hello Ada, welcome aboard CloudServices")
        expect(sent.body_html).toContain("Edited welcome for Ada.")
        expect(sent.body_text).toContain("Edited welcome for Ada.")

        // a second edit, then revert to the first: version 3 copies version 1
        await api.post("/admin/notification-templates/welcome", { subject: "Second {{brand.name}}", html: "<p>Two</p>", text: "Two" }, admin)
        const { data: reverted } = await api.post("/admin/notification-templates/welcome/revert", { version: 1 }, admin)
        expect(reverted.template).toMatchObject({ version: 3, current: { subject: v1.template.current.subject } })
        expect(reverted.versions.map((v: any) => [v.version, v.source, v.reverted_from])).toEqual([
          [3, "revert", 1],
          [2, "edit", null],
          [1, "edit", null],
        ])
        const { data: preview } = await api.get("/admin/notification-templates/welcome/preview", admin)
        expect(preview.subject).toBe("Hello Ada, welcome aboard CloudServices")

        // reset: the built-in text is sent again, the history stays
        const { data: reset } = await api.post("/admin/notification-templates/welcome/reset", {}, admin)
        expect(reset.template).toMatchObject({ edited: false, version: null })
        expect(reset.template.current).toEqual(builtIn.template.default)
        expect(reset.versions.map((v: any) => v.source)).toEqual(["reset", "revert", "edit", "edit"])
        const another = await registerCustomer(api, ctx)
        expect((await lastEmail(another.email, "welcome")).subject).toBe("Welcome to CloudServices")
        // resetting twice is refused; reverting to an edit after a reset works
        expect(await statusOf(api.post("/admin/notification-templates/welcome/reset", {}, admin))).toBe(400)
        const { data: back } = await api.post("/admin/notification-templates/welcome/revert", { version: 2 }, admin)
        expect(back.template).toMatchObject({ edited: true, version: 5, current: { subject: "Second {{brand.name}}" } })
        await api.post("/admin/notification-templates/welcome/reset", {}, admin)
      })

      it("numbers parallel saves of one template 1…n, each once", async () => {
        const saves = Array.from({ length: 6 }, (_, i) =>
          api.post(
            "/admin/notification-templates/account_exists",
            { subject: `Account notice (${i})`, html: `<p>Edit ${i}</p>`, text: `Edit ${i}` },
            admin
          ).then((r) => r.status, (e) => e.response?.status)
        )
        expect(await Promise.all(saves)).toEqual([200, 200, 200, 200, 200, 200])
        const { versions } = await template("account_exists")
        expect(versions.map((v: any) => v.version).sort((a: number, b: number) => a - b)).toEqual([1, 2, 3, 4, 5, 6])
      })

      it("previews unsaved text and sends a test of the current version to the admin's own email", async () => {
        const { data: draft } = await api.post(
          "/admin/notification-templates/order_confirmation/preview",
          { subject: "Draft {{order.display_id}}", html: "<p>Draft body</p>", text: "Draft body" },
          admin
        )
        expect(draft.subject).toMatch(/^Draft \d+/)
        expect(draft.html).toContain("Draft body")
        // nothing was saved
        expect((await template("order_confirmation")).versions).toEqual([])

        await api.post("/admin/notification-templates/order_confirmation", { subject: "Test subject {{order.display_id}}", html: "<p>x</p>", text: "x" }, admin)
        const { data: test } = await api.post("/admin/notification-templates/order_confirmation/send-test", {}, admin)
        const { data: me } = await api.get("/admin/users/me", admin)
        expect(test.notification_log).toMatchObject({ to: me.user.email, template: "order_confirmation", channel: "email" })
        expect(test.notification_log.subject).toMatch(/^Test subject \d+/)
        // SMS templates can't be test-sent to an admin
        expect(await statusOf(api.post("/admin/notification-templates/verification_code_sms/send-test", {}, admin))).toBe(400)
        await api.post("/admin/notification-templates/order_confirmation/reset", {}, admin)
      })

      it("answers bad input with 400 and unknown templates or versions with 404, saving nothing", async () => {
        const broken = await errorOf(
          api.post("/admin/notification-templates/welcome", { subject: "Hi {{#if customer}}", html: "<p>x</p>", text: "x" }, admin)
        )
        expect(broken.status).toBe(400)
        expect(broken.message).toMatch(/does not render/)
        expect(await statusOf(api.post("/admin/notification-templates/welcome", { html: "<p>x</p>", text: "x" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notification-templates/welcome", { subject: "s", text: "" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notification-templates/welcome", { subject: "s", text: "t", extra: 1 }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notification-templates/welcome/preview", { subject: "{{/if}}", text: "t" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notification-templates/welcome/revert", { version: "one" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notification-templates/welcome/revert", { version: 99 }, admin))).toBe(404)
        expect(await statusOf(api.post("/admin/notification-templates/welcome/reset", { now: true }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/notification-templates/nope", { subject: "s", text: "t" }, admin))).toBe(404)
        expect(await statusOf(api.get("/admin/notification-templates/nope", admin))).toBe(404)
        expect(await statusOf(api.post("/admin/notification-templates/nope/send-test", {}, admin))).toBe(404)
        expect(await statusOf(api.post("/admin/notification-templates/welcome", { subject: "s", text: "t" }))).toBe(401)
        expect((await template("welcome")).template.edited).toBe(false)
      })
    })
  },
})
