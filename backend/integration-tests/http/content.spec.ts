import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedContent } from "../../src/scripts/seed-content"
import { BLOG_POSTS, PAGES, RESOURCES } from "../../src/scripts/seed-data/content"
import {
  acceptTerms,
  adminHeaders,
  errorOf,
  findVariant,
  registerCustomer,
  seedStore,
  statusOf,
  US_ADDRESS,
  type StoreContext,
} from "../helpers"

// module options are read at boot: the company details and a small contact-form limit
Object.assign(process.env, {
  COMPANY_NAME: "CloudServices Ltd",
  COMPANY_ADDRESS: "1 Cloud Way, Dublin, Ireland",
  COMPANY_EMAIL: "hello@cloudservices.test",
  COMPANY_PHONE: "+353 1 555 0100",
  CONTACT_RATE_LIMIT_MAX: "3",
  CONTACT_RATE_LIMIT_WINDOW_SECONDS: "600",
})

jest.setTimeout(180 * 1000)

const TERMS_REFUSAL = "Accept the Terms of Service to place the order"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: { headers: Record<string, string> }
    let run = 0
    let client = 0

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    beforeEach(async () => {
      admin = await adminHeaders(api)
      run += 1
    })

    const uniq = (s: string) => `${s}-${run}`
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    /** Store headers from a client address of its own (the contact form's limit counts per address). */
    const fromNewAddress = () => {
      client += 1
      return { headers: { ...ctx.storeHeaders.headers, "x-forwarded-for": `172.20.${(client >> 8) & 255}.${client & 255}` } }
    }
    const createPost = async (body: Record<string, unknown>) =>
      (await api.post("/admin/content/posts", { body: "Some **markdown**.", ...body }, admin)).data.post

    describe("POST /admin/content/posts → GET /store/content/posts", () => {
      it("keeps a draft off the store until it is published, then lists it (with its tag) and serves it by handle", async () => {
        const tag = uniq("launch")
        const draft = await createPost({ title: `Draft news ${run}`, tags: [tag], excerpt: "Soon." })
        expect(draft).toMatchObject({ status: "draft", published_at: null, handle: `draft-news-${run}`, tags: [tag] })
        expect(draft.body_html).toContain("<strong>markdown</strong>")

        const hidden = (await api.get(`/store/content/posts?tag=${tag}`, ctx.storeHeaders)).data
        expect(hidden).toMatchObject({ posts: [], count: 0 })
        expect(await statusOf(api.get(`/store/content/posts/${draft.handle}`, ctx.storeHeaders))).toBe(404)

        const { data: published } = await api.post(`/admin/content/posts/${draft.id}`, { status: "published" }, admin)
        expect(published.post.status).toBe("published")
        expect(Date.parse(published.post.published_at)).toBeGreaterThan(Date.now() - 60_000)

        const listed = (await api.get(`/store/content/posts?tag=${tag}`, ctx.storeHeaders)).data
        expect(listed.count).toBe(1)
        expect(listed.posts[0]).toMatchObject({ id: draft.id, title: `Draft news ${run}`, excerpt: "Soon.", tags: [tag] })
        expect(listed.posts[0].body).toBeUndefined()

        const { data: one } = await api.get(`/store/content/posts/${draft.handle}`, ctx.storeHeaders)
        expect(one.post).toMatchObject({ id: draft.id, body: "Some **markdown**." })
        expect(one.post.body_html).toContain("<strong>markdown</strong>")

        // unpublished again: gone from the store
        await api.post(`/admin/content/posts/${draft.id}`, { status: "draft" }, admin)
        expect(await statusOf(api.get(`/store/content/posts/${draft.handle}`, ctx.storeHeaders))).toBe(404)
      })

      it("pages newest first, filters by tag, and answers 404 for an unknown handle", async () => {
        const tag = uniq("paging")
        const titles = ["Oldest", "Middle", "Newest"]
        for (const [i, title] of titles.entries()) {
          await createPost({ title: `${title} ${run}`, tags: [tag, "other"], status: "published", published_at: `2026-0${i + 1}-10T10:00:00.000Z` })
        }
        await createPost({ title: `Untagged ${run}`, status: "published" })

        const first = (await api.get(`/store/content/posts?tag=${tag}&limit=2`, ctx.storeHeaders)).data
        expect(first).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(first.posts.map((p: any) => p.title)).toEqual([`Newest ${run}`, `Middle ${run}`])
        const second = (await api.get(`/store/content/posts?tag=${tag}&limit=2&offset=2`, ctx.storeHeaders)).data
        expect(second.posts.map((p: any) => p.title)).toEqual([`Oldest ${run}`])

        // the seeded posts are there too, newest first
        const all = (await api.get("/store/content/posts?limit=50", ctx.storeHeaders)).data
        expect(all.count).toBeGreaterThanOrEqual(BLOG_POSTS.length + 4)
        const dates = all.posts.map((p: any) => Date.parse(p.published_at))
        expect(dates).toEqual([...dates].sort((a, b) => b - a))

        expect(await errorOf(api.get("/store/content/posts/no-such-post", ctx.storeHeaders))).toEqual({
          status: 404,
          message: "Blog post with handle: no-such-post was not found",
        })
      })

      it("refuses bad bodies (400), a taken handle (422), and anyone but an admin (401)", async () => {
        expect(await statusOf(api.post("/admin/content/posts", { title: "No body" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/content/posts", { title: "T", body: "B", colour: "red" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/content/posts", { title: "T", body: "B", handle: "Not A Slug" }, admin))).toBe(400)
        const post = await createPost({ title: uniq("Taken") })
        expect(await statusOf(api.post("/admin/content/posts", { title: "Other", body: "B", handle: post.handle }, admin))).toBe(422)
        expect(await statusOf(api.post(`/admin/content/posts/${post.id}`, { status: "live" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/content/posts/post_01NOBODY", { title: "x" }, admin))).toBe(404)
        expect(await statusOf(api.post("/admin/content/posts", { title: "T", body: "B" }, ctx.storeHeaders))).toBe(401)

        await api.delete(`/admin/content/posts/${post.id}`, admin)
        expect(await statusOf(api.get(`/admin/content/posts/${post.id}`, admin))).toBe(404)
        // a deleted post's handle can be used again
        expect((await createPost({ title: "Again", handle: post.handle })).handle).toBe(post.handle)
      })
    })

    describe("resources", () => {
      it("lists the published guides, downloads and links by rank; a guide needs a body, a link a url", async () => {
        const { data } = await api.get("/store/content/resources", ctx.storeHeaders)
        expect(data.resources.map((r: any) => r.handle)).toEqual(expect.arrayContaining(RESOURCES.map((r) => r.handle)))
        const ranks = data.resources.map((r: any) => r.rank)
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
        const links = (await api.get("/store/content/resources?kind=link", ctx.storeHeaders)).data.resources
        expect(links.length).toBeGreaterThan(0)
        expect(links.every((r: any) => r.kind === "link" && /^https:\/\//.test(r.url))).toBe(true)

        const guide = (await api.get("/store/content/resources/new-server-security-checklist", ctx.storeHeaders)).data.resource
        expect(guide.body_html).toContain("PasswordAuthentication no")

        expect(await statusOf(api.post("/admin/content/resources", { title: "G", kind: "guide" }, admin))).toBe(400)
        expect(await statusOf(api.post("/admin/content/resources", { title: "L", kind: "link" }, admin))).toBe(400)
        const { data: created } = await api.post(
          "/admin/content/resources",
          { title: uniq("Draft link"), kind: "link", url: "https://example.com/" },
          admin
        )
        expect(created.resource).toMatchObject({ status: "draft", kind: "link" })
        // turning the link into a guide without a body is refused against the stored entry
        expect(await statusOf(api.post(`/admin/content/resources/${created.resource.id}`, { kind: "guide" }, admin))).toBe(400)
        expect(await statusOf(api.get(`/store/content/resources/${created.resource.handle}`, ctx.storeHeaders))).toBe(404)
      })
    })

    describe("company and legal pages", () => {
      it("serves the seeded About, Terms, Privacy, Acceptable Use and SLA pages with their date; drafts are 404", async () => {
        const { data } = await api.get("/store/content/pages", ctx.storeHeaders)
        expect(data.pages.map((p: any) => p.handle)).toEqual(expect.arrayContaining(["about", "terms", "privacy", "acceptable-use", "sla"]))
        const { data: terms } = await api.get("/store/content/pages/terms", ctx.storeHeaders)
        expect(terms.page).toMatchObject({ handle: "terms", title: "Terms of Service", content_updated_at: "2026-12-01T00:00:00.000Z" })
        expect(terms.page.body_html).toContain("<h2>")

        const { data: draft } = await api.post(
          "/admin/content/pages",
          { handle: uniq("cookies"), title: "Cookies", body: "Only the ones we need." },
          admin
        )
        expect(draft.page.status).toBe("draft")
        expect(await statusOf(api.get(`/store/content/pages/${draft.page.handle}`, ctx.storeHeaders))).toBe(404)
        expect(await statusOf(api.get("/store/content/pages/no-such-page", ctx.storeHeaders))).toBe(404)

        // new text is "last updated" now; a publish alone leaves the date
        const before = draft.page.content_updated_at
        const { data: published } = await api.post(`/admin/content/pages/${draft.page.id}`, { status: "published" }, admin)
        expect(published.page.content_updated_at).toBe(before)
        const { data: edited } = await api.post(`/admin/content/pages/${draft.page.id}`, { body: "Only the ones we need, none for ads." }, admin)
        expect(Date.parse(edited.page.content_updated_at)).toBeGreaterThanOrEqual(Date.parse(before))
        expect((await api.get(`/store/content/pages/${draft.page.handle}`, ctx.storeHeaders)).data.page.body).toBe(
          "Only the ones we need, none for ads."
        )
      })

      it("answers the company details from the configuration", async () => {
        const { data } = await api.get("/store/company", ctx.storeHeaders)
        expect(data.company).toEqual({
          name: "CloudServices Ltd",
          address: "1 Cloud Way, Dublin, Ireland",
          email: "hello@cloudservices.test",
          phone: "+353 1 555 0100",
        })
      })

      it("seeds 3+ posts, 4+ resources and the five pages, and a second run creates nothing", async () => {
        expect(BLOG_POSTS.length).toBeGreaterThanOrEqual(3)
        expect(RESOURCES.length).toBeGreaterThanOrEqual(4)
        expect(PAGES.map((p) => p.handle).sort()).toEqual(["about", "acceptable-use", "privacy", "sla", "terms"])
        expect(await seedContent(getContainer())).toEqual({ posts: 0, resources: 0, pages: 0 })
      })
    })

    describe("storefront cache", () => {
      let stub: Server
      const received: string[][] = []
      const saved = { url: process.env.STOREFRONT_URL, secret: process.env.REVALIDATE_SECRET }

      beforeAll(async () => {
        // a stand-in for the storefront's /api/revalidate route
        stub = createServer((req, res) => {
          let body = ""
          req.on("data", (c) => (body += c))
          req.on("end", () => {
            received.push(JSON.parse(body).tags)
            res.writeHead(200, { "content-type": "application/json" }).end("{}")
          })
        })
        await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve))
        process.env.STOREFRONT_URL = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`
        process.env.REVALIDATE_SECRET = "content-spec-secret"
      })

      afterAll(async () => {
        process.env.STOREFRONT_URL = saved.url
        process.env.REVALIDATE_SECRET = saved.secret
        await new Promise((resolve) => stub.close(resolve))
      })

      const flushes = async (tag: string, atLeast: number) => {
        for (let i = 0; i < 50 && received.filter((t) => t.includes(tag)).length < atLeast; i++) {
          await new Promise((r) => setTimeout(r, 100))
        }
        return received.filter((t) => t.includes(tag))
      }

      it("asks the storefront to refresh its content pages when a post or page changes", async () => {
        await createPost({ title: uniq("Cache post"), status: "published" })
        expect(await flushes("posts", 1)).toEqual([["content", "posts"]])
        const { data } = await api.get("/admin/content/pages?q=about", admin)
        await api.post(`/admin/content/pages/${data.pages[0].id}`, { title: "About CloudServices" }, admin)
        expect(await flushes("pages", 1)).toEqual([["content", "pages"]])
      })
    })

    describe("POST /store/contact", () => {
      const message = (extra: Record<string, unknown> = {}) => ({
        name: "Grace Hopper",
        email: `grace-${run}-${client}@example.com`,
        subject: "Dedicated server in Mumbai",
        message: "Do you have dedicated servers in Mumbai with 64 GB of memory?",
        ...extra,
      })
      const contactTickets = async (email: string) =>
        (
          await query().graph({
            entity: "ticket",
            fields: ["id", "source", "subject", "contact_email", "contact_name", "customer_id", "status", "messages.body", "messages.author_type"],
            filters: { contact_email: email },
          })
        ).data as any[]

      it("turns a guest's message into an open ticket (source contact) that keeps their name and email", async () => {
        const headers = fromNewAddress()
        const body = message()
        const { status, data } = await api.post("/store/contact", body, headers)
        expect(status).toBe(201)
        expect(data).toEqual({ received: true })

        const [ticket] = await contactTickets(body.email)
        expect(ticket).toMatchObject({
          source: "contact",
          status: "open",
          subject: body.subject,
          contact_email: body.email,
          contact_name: "Grace Hopper",
          messages: [{ author_type: "customer", body: body.message }],
        })
        // it belongs to the email's guest customer
        const { data: customers } = await query().graph({ entity: "customer", fields: ["email", "has_account"], filters: { id: ticket.customer_id } })
        expect(customers[0]).toMatchObject({ email: body.email, has_account: false })
      })

      it("never writes into a registered customer's account by their email", async () => {
        const shopper = await registerCustomer(api, ctx)
        await api.post("/store/contact", message({ email: shopper.email }), fromNewAddress())
        const [ticket] = await contactTickets(shopper.email)
        expect(ticket.source).toBe("contact")
        const { data: mine } = await api.get("/store/tickets", shopper.headers)
        expect(mine.tickets.map((t: any) => t.id)).not.toContain(ticket.id)
      })

      it("answers a filled honeypot like a success and writes nothing", async () => {
        const body = message({ email: `bot-${run}@example.com`, website: "http://spam.example" })
        const { status, data } = await api.post("/store/contact", body, fromNewAddress())
        expect(status).toBe(201)
        expect(data).toEqual({ received: true })
        expect(await contactTickets(body.email)).toEqual([])
      })

      it("refuses bad input with 400 and nothing written", async () => {
        const headers = fromNewAddress()
        expect(await statusOf(api.post("/store/contact", message({ email: "not-an-email" }), headers))).toBe(400)
        expect(await statusOf(api.post("/store/contact", message({ message: "" }), headers))).toBe(400)
        expect(await statusOf(api.post("/store/contact", message({ phone: "1" }), headers))).toBe(400)
      })

      it("limits messages per client address (429 with Retry-After), other addresses unaffected", async () => {
        const headers = fromNewAddress()
        for (let i = 0; i < 3; i++) {
          expect((await api.post("/store/contact", message({ subject: `Try ${i}` }), headers)).status).toBe(201)
        }
        const refused = await api.post("/store/contact", message(), headers).catch((e) => e.response)
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        expect((await api.post("/store/contact", message(), fromNewAddress())).status).toBe(201)
      })
    })

    describe("Terms of Service at checkout", () => {
      /** A signed-in shopper's cart with a plan and an offline payment session, ready to complete. */
      const readyCart = async () => {
        const shopper = await registerCustomer(api, ctx)
        const { line } = await findVariant(api, ctx, "managed-postgresql", "Hobby", "Monthly")
        const { data } = await api.post(
          "/store/carts",
          { region_id: ctx.regions["North America"].id, email: shopper.email, billing_address: US_ADDRESS, items: [line] },
          shopper.headers
        )
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, shopper.headers)
        await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, shopper.headers)
        return { cartId: data.cart.id as string, shopper }
      }

      it("refuses to complete a cart without the shopper's acceptance, and the order keeps it once given", async () => {
        const { cartId, shopper } = await readyCart()
        expect(await errorOf(api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers))).toEqual({ status: 400, message: TERMS_REFUSAL })
        const { data: carts } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
        expect(carts[0].completed_at).toBeNull()

        const { data: terms } = await api.get("/store/content/pages/terms", ctx.storeHeaders)
        const { data: accepted } = await api.post(
          `/store/carts/${cartId}/accept-terms`,
          { terms_version: terms.page.content_updated_at },
          shopper.headers
        )
        expect(accepted.cart.metadata).toMatchObject({ terms_version: terms.page.content_updated_at })
        expect(Date.parse(accepted.cart.metadata.terms_accepted_at)).toBeGreaterThan(Date.now() - 60_000)

        const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers)
        expect(done.type).toBe("order")
        const { data: orders } = await query().graph({ entity: "order", fields: ["metadata"], filters: { id: done.order.id } })
        expect(orders[0].metadata).toMatchObject({
          terms_accepted_at: accepted.cart.metadata.terms_accepted_at,
          terms_version: terms.page.content_updated_at,
        })
      })

      it("refuses an acceptance of Terms that changed since, a bad body, and somebody else's cart", async () => {
        const { cartId, shopper } = await readyCart()
        expect(
          await errorOf(api.post(`/store/carts/${cartId}/accept-terms`, { terms_version: "2020-01-01T00:00:00.000Z" }, shopper.headers))
        ).toMatchObject({ status: 400 })
        expect(await statusOf(api.post(`/store/carts/${cartId}/accept-terms`, { accepted: true }, shopper.headers))).toBe(400)
        const other = await registerCustomer(api, ctx)
        expect(await statusOf(acceptTerms(api, cartId, other.headers))).toBe(404)
        expect(await statusOf(api.post("/store/carts/cart_01NOBODY0000000000000000/accept-terms", {}, shopper.headers))).toBe(404)
        // the acceptance is the server's to write: not through the cart's metadata
        expect(
          await errorOf(api.post(`/store/carts/${cartId}`, { metadata: { terms_accepted_at: new Date().toISOString() } }, shopper.headers))
        ).toMatchObject({ status: 400 })
        // nothing was recorded by the refused calls
        const { data: carts } = await query().graph({ entity: "cart", fields: ["metadata"], filters: { id: cartId } })
        expect(carts[0].metadata?.terms_accepted_at).toBeUndefined()
      })
    })
  },
})
