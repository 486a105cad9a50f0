import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELP_CENTER_MODULE } from "../../src/modules/help-center"
import type HelpCenterModuleService from "../../src/modules/help-center/service"
import { seedHelpCenter } from "../../src/scripts/seed-help-center"
import { HELP_ARTICLES, HELP_FAQS } from "../../src/scripts/seed-data/help-center"
import { adminHeaders, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    let run = 0

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
      run += 1
    })

    /** An article through the admin API; handles are unique per test. */
    const createArticle = async (body: Record<string, unknown>) => {
      const { data } = await api.post("/admin/help/articles", { published: true, ...body }, admin)
      return data.article
    }
    const uniq = (s: string) => `${s}-${run}`

    describe("GET /store/help/articles", () => {
      it("ranks an article with the word in its title above one that only mentions it in the body", async () => {
        const category = uniq("ranking")
        const bodyOnly = await createArticle({
          title: "Working with volumes",
          category,
          body: "Attach a volume, then format it. Zebrafinch notes are kept elsewhere.",
        })
        const titled = await createArticle({
          title: "Zebrafinch setup guide",
          category,
          body: "All about the setup.",
        })
        const { data } = await api.get(`/store/help/articles?q=zebrafinch&category=${category}`, ctx.storeHeaders)
        expect(data.articles.map((a: any) => a.id)).toEqual([titled.id, bodyOnly.id])
        expect(data.count).toBe(2)
        expect(data.articles[0].body).toBeUndefined()
      })

      it("understands word forms and finds the seeded article about suspension", async () => {
        const { data } = await api.get("/store/help/articles?q=suspended service restore", ctx.storeHeaders)
        expect(data.articles[0].handle).toBe("suspended-service-after-non-payment")
      })

      it("filters by category", async () => {
        const { data } = await api.get("/store/help/articles?category=security&limit=100", ctx.storeHeaders)
        const seeded = HELP_ARTICLES.filter((a) => a.category === "security").map((a) => a.handle).sort()
        expect(data.articles.map((a: any) => a.handle).sort()).toEqual(seeded)
        expect(data.articles.every((a: any) => a.category === "security")).toBe(true)
      })

      it("never shows drafts, in lists, searches or by handle", async () => {
        const draft = await createArticle({
          title: "Quokkaplan internal draft",
          category: uniq("drafts"),
          body: "Not ready.",
          published: false,
        })
        const { data: search } = await api.get("/store/help/articles?q=quokkaplan", ctx.storeHeaders)
        expect(search.articles).toEqual([])
        const { data: list } = await api.get(`/store/help/articles?category=${draft.category}`, ctx.storeHeaders)
        expect(list.count).toBe(0)
        expect(await statusOf(api.get(`/store/help/articles/${draft.handle}`, ctx.storeHeaders))).toBe(404)
        // admins see it
        const { data: adminSearch } = await api.get("/admin/help/articles?q=quokkaplan", admin)
        expect(adminSearch.articles.map((a: any) => a.id)).toEqual([draft.id])
      })

      it("lists every published article by title when there is no query, with paging", async () => {
        const { data } = await api.get("/store/help/articles?limit=5", ctx.storeHeaders)
        expect(data.count).toBeGreaterThanOrEqual(HELP_ARTICLES.length)
        expect(data.articles).toHaveLength(5)
        expect(data).toMatchObject({ offset: 0, limit: 5 })
        const titles = data.articles.map((a: any) => a.title)
        expect(titles).toEqual([...titles].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)))
        const { data: next } = await api.get("/store/help/articles?limit=5&offset=5", ctx.storeHeaders)
        expect(next.articles[0].id).not.toBe(data.articles[4].id)
      })

      it("matches one- and two-letter queries as text", async () => {
        const category = uniq("short")
        await createArticle({ title: "Set up 2FA", category, body: "Use an app." })
        const { data } = await api.get(`/store/help/articles?q=2f&category=${category}`, ctx.storeHeaders)
        expect(data.articles.map((a: any) => a.title)).toEqual(["Set up 2FA"])
      })
    })

    describe("GET /store/help/articles/:handle", () => {
      it("answers the markdown and sanitised HTML: raw HTML and script links do not come out", async () => {
        const article = await createArticle({
          title: "Formatting test",
          handle: uniq("formatting-test"),
          category: uniq("fmt"),
          body: "## Steps\n\n1. **Open** the page\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) and [docs](https://example.com)",
        })
        const { data } = await api.get(`/store/help/articles/${article.handle}`, ctx.storeHeaders)
        expect(data.article.body).toContain("<script>")
        const html: string = data.article.body_html
        expect(html).toContain("<h2>Steps</h2>")
        expect(html).toContain("<strong>Open</strong>")
        expect(html).not.toMatch(/<script/i)
        expect(html).not.toMatch(/<img/i)
        expect(html).not.toMatch(/href="javascript:/i)
        expect(html).toContain('href="https://example.com" target="_blank" rel="noopener noreferrer"')
        expect(data.article).toMatchObject({ helpful_count: 0, not_helpful_count: 0 })
      })

      it("answers 404 for an unknown handle", async () => {
        expect(await statusOf(api.get("/store/help/articles/no-such-article", ctx.storeHeaders))).toBe(404)
      })
    })

    describe("POST /store/help/articles/:id/helpful", () => {
      it("counts yes and no answers", async () => {
        const article = await createArticle({ title: "Vote target", category: uniq("votes"), body: "Text." })
        await api.post(`/store/help/articles/${article.id}/helpful`, { helpful: true }, ctx.storeHeaders)
        await api.post(`/store/help/articles/${article.id}/helpful`, { helpful: true }, ctx.storeHeaders)
        const { data } = await api.post(`/store/help/articles/${article.id}/helpful`, { helpful: false }, ctx.storeHeaders)
        expect(data.article).toMatchObject({ id: article.id, helpful_count: 2, not_helpful_count: 1 })
        const { data: admin_ } = await api.get(`/admin/help/articles/${article.id}`, admin)
        expect(admin_.article).toMatchObject({ helpful_count: 2, not_helpful_count: 1 })
      })

      it("refuses a bad body and votes on drafts or unknown articles", async () => {
        const draft = await createArticle({ title: "Draft vote", category: uniq("votes"), body: "Text.", published: false })
        const url = `/store/help/articles/${draft.id}/helpful`
        expect(await statusOf(api.post(url, { helpful: "yes" }, ctx.storeHeaders))).toBe(400)
        expect(await statusOf(api.post(url, { helpful: true, extra: 1 }, ctx.storeHeaders))).toBe(400)
        expect(await statusOf(api.post(url, { helpful: true }, ctx.storeHeaders))).toBe(404)
        expect(await statusOf(api.post("/store/help/articles/hart_nope/helpful", { helpful: true }, ctx.storeHeaders))).toBe(404)
      })
    })

    describe("GET /store/help/faqs", () => {
      it("lists published FAQs in rank order with rendered answers", async () => {
        const category = uniq("faq")
        await api.post("/admin/help/faqs", { question: "Second?", answer: "Two.", category, rank: 2, published: true }, admin)
        await api.post("/admin/help/faqs", { question: "First?", answer: "**One**.", category, rank: 1, published: true }, admin)
        await api.post("/admin/help/faqs", { question: "Hidden?", answer: "Draft.", category, rank: 0 }, admin)
        const { data } = await api.get(`/store/help/faqs?category=${category}`, ctx.storeHeaders)
        expect(data.faqs.map((f: any) => f.question)).toEqual(["First?", "Second?"])
        expect(data.faqs[0].answer_html).toContain("<strong>One</strong>")
      })

      it("has the seeded FAQs, ordered by rank", async () => {
        const { data } = await api.get("/store/help/faqs", ctx.storeHeaders)
        const seeded = data.faqs.filter((f: any) => HELP_FAQS.some((s) => s.question === f.question))
        expect(seeded).toHaveLength(HELP_FAQS.length)
        const ranks = data.faqs.map((f: any) => f.rank)
        expect(ranks).toEqual([...ranks].sort((a: number, b: number) => a - b))
      })
    })

    describe("/admin/help/articles", () => {
      it("creates (handle from the title), edits, publishes and deletes an article", async () => {
        const { data: created } = await api.post(
          "/admin/help/articles",
          { title: `Move a domain ${run}`, body: "Steps.", category: "networking", tags: ["Domain", "transfer"] },
          admin
        )
        expect(created.article).toMatchObject({ handle: `move-a-domain-${run}`, published: false, tags: ["domain", "transfer"] })
        const id = created.article.id
        expect(await statusOf(api.get(`/store/help/articles/${created.article.handle}`, ctx.storeHeaders))).toBe(404)

        const { data: updated } = await api.post(`/admin/help/articles/${id}`, { published: true, body: "# New" }, admin)
        expect(updated.article).toMatchObject({ published: true, body: "# New" })
        expect(updated.article.body_html).toContain("<h1>New</h1>")
        const { data: store } = await api.get(`/store/help/articles/${created.article.handle}`, ctx.storeHeaders)
        expect(store.article.id).toBe(id)

        const { data: deleted } = await api.delete(`/admin/help/articles/${id}`, admin)
        expect(deleted).toEqual({ id, object: "help_article", deleted: true })
        expect(await statusOf(api.get(`/admin/help/articles/${id}`, admin))).toBe(404)
        expect(await statusOf(api.get(`/store/help/articles/${created.article.handle}`, ctx.storeHeaders))).toBe(404)
      })

      it("answers 400 for bad bodies and 404 for unknown ids", async () => {
        for (const body of [
          {},
          { title: "No body", category: "billing" },
          { title: "T", body: "B", category: "billing", unknown: true },
          { title: "T", body: "B", category: "Not A Slug" },
          { title: "T", body: "B", category: "billing", tags: "ssh" },
        ]) {
          expect(await statusOf(api.post("/admin/help/articles", body, admin))).toBe(400)
        }
        expect(await statusOf(api.post("/admin/help/articles/hart_nope", { published: true }, admin))).toBe(404)
        expect(await statusOf(api.post("/admin/help/articles/hart_nope", { helpful_count: 99 }, admin))).toBe(400)
        expect(await statusOf(api.delete("/admin/help/articles/hart_nope", admin))).toBe(404)
      })

      it("refuses a second article with the same handle", async () => {
        const handle = uniq("dup-handle")
        await createArticle({ title: "One", handle, category: "billing", body: "x" })
        const status = await statusOf(api.post("/admin/help/articles", { title: "Two", handle, category: "billing", body: "y" }, admin))
        expect(status).toBe(422)
        const other = await createArticle({ title: "Other", category: "billing", body: "z" })
        expect(await statusOf(api.post(`/admin/help/articles/${other.id}`, { handle }, admin))).toBe(422)
        // keeping its own handle is fine
        expect(await statusOf(api.post(`/admin/help/articles/${other.id}`, { handle: other.handle, title: "Other 2" }, admin))).toBe(200)
      })

      it("answers 401 to shoppers and to nobody", async () => {
        const shopper = await registerCustomer(api, ctx)
        expect(await statusOf(api.get("/admin/help/articles", shopper.headers))).toBe(401)
        expect(await statusOf(api.post("/admin/help/articles", { title: "x", body: "y", category: "billing" }, shopper.headers))).toBe(401)
        expect(await statusOf(api.get("/admin/help/faqs", {}))).toBe(401)
        expect(await statusOf(api.delete("/admin/help/faqs/faq_x", {}))).toBe(401)
      })
    })

    describe("storefront cache", () => {
      let stub: Server
      const received: { secret: string | undefined; tags: string[] }[] = []
      const saved = { url: process.env.STOREFRONT_URL, secret: process.env.REVALIDATE_SECRET }

      beforeAll(async () => {
        // a stand-in for the storefront's /api/revalidate route
        stub = createServer((req, res) => {
          let body = ""
          req.on("data", (c) => (body += c))
          req.on("end", () => {
            received.push({ secret: req.headers["x-revalidate-secret"] as string, tags: JSON.parse(body).tags })
            res.writeHead(200, { "content-type": "application/json" }).end("{}")
          })
        })
        await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve))
        process.env.STOREFRONT_URL = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`
        process.env.REVALIDATE_SECRET = "help-spec-secret"
      })

      afterAll(async () => {
        process.env.STOREFRONT_URL = saved.url
        process.env.REVALIDATE_SECRET = saved.secret
        await new Promise((resolve) => stub.close(resolve))
      })

      const helpFlushes = async (atLeast: number) => {
        for (let i = 0; i < 50 && received.filter((r) => r.tags.includes("help")).length < atLeast; i++) {
          await new Promise((r) => setTimeout(r, 100))
        }
        return received.filter((r) => r.tags.includes("help"))
      }

      it("asks the storefront to refresh its help pages when an article or FAQ changes", async () => {
        const article = await createArticle({ title: "Cache flush check", category: uniq("cache"), body: "Body." })
        expect(await helpFlushes(1)).toHaveLength(1)
        await api.post(`/admin/help/articles/${article.id}`, { published: false }, admin)
        expect(await helpFlushes(2)).toHaveLength(2)
        const { data } = await api.post("/admin/help/faqs", { question: "Cache?", answer: "Flushed.", category: "billing" }, admin)
        await api.delete(`/admin/help/faqs/${data.faq.id}`, admin)
        const flushes = await helpFlushes(4)
        expect(flushes).toHaveLength(4)
        expect(flushes.every((r) => r.secret === "help-spec-secret" && r.tags.length === 1)).toBe(true)
      })
    })

    describe("/admin/help/faqs", () => {
      it("creates, reorders, edits and deletes a FAQ; 400 for bad bodies", async () => {
        const category = uniq("admin-faq")
        const { data } = await api.post("/admin/help/faqs", { question: "Q?", answer: "A.", category }, admin)
        expect(data.faq).toMatchObject({ question: "Q?", rank: 0, published: false })
        const { data: updated } = await api.post(`/admin/help/faqs/${data.faq.id}`, { rank: 5, published: true }, admin)
        expect(updated.faq).toMatchObject({ rank: 5, published: true })
        const { data: list } = await api.get(`/admin/help/faqs?category=${category}`, admin)
        expect(list.faqs.map((f: any) => f.id)).toEqual([data.faq.id])
        expect(await statusOf(api.post("/admin/help/faqs", { question: "Q?" }, admin))).toBe(400)
        expect(await statusOf(api.post(`/admin/help/faqs/${data.faq.id}`, { rank: "first" }, admin))).toBe(400)
        await api.delete(`/admin/help/faqs/${data.faq.id}`, admin)
        const { data: after } = await api.get(`/store/help/faqs?category=${category}`, ctx.storeHeaders)
        expect(after.faqs).toEqual([])
      })
    })

    describe("help-center seed", () => {
      it("publishes 15+ articles and ~10 FAQs, and a second run creates nothing", async () => {
        expect(HELP_ARTICLES.length).toBeGreaterThanOrEqual(15)
        const again = await seedHelpCenter(getContainer())
        expect(again).toEqual({ articles: 0, faqs: 0 })
        const service = getContainer().resolve<HelpCenterModuleService>(HELP_CENTER_MODULE)
        const articles = await service.listHelpArticles({ handle: HELP_ARTICLES.map((a) => a.handle) })
        expect(articles).toHaveLength(HELP_ARTICLES.length)
        expect(articles.every((a: any) => a.published)).toBe(true)
      })
    })
  },
})
