import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { answerQuestionWorkflow } from "../../src/workflows/assistant"
import { adminHeaders, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

// module options are read at boot: the offline assistant (no Gemini key), a small rate limit
Object.assign(process.env, {
  GEMINI_API_KEY: "",
  ASSISTANT_MIN_CONFIDENCE: "0.4",
  ASSISTANT_RATE_LIMIT_MAX: "8",
  ASSISTANT_RATE_LIMIT_WINDOW_SECONDS: "60",
})

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let client = 0

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
    })

    /** Guest headers from a client address of its own (the rate limit counts per address). */
    const guest = () => {
      client += 1
      return { headers: { ...ctx.storeHeaders.headers, "x-forwarded-for": `172.16.${(client >> 8) & 255}.${client & 255}` } }
    }
    const ask = async (message: string, extra: Record<string, unknown> = {}, headers = guest()) =>
      (await api.post("/store/assistant/query", { message, ...extra }, headers)).data
    const article = async (handle: string) =>
      (await api.get(`/store/help/articles/${handle}`, ctx.storeHeaders)).data.article

    describe("POST /store/assistant/query (offline assistant)", () => {
      it.each([
        ["How do I add an SSH key to my server?", "add-ssh-keys-to-your-server", /ssh-copy-id|authorized_keys/],
        ["How does auto-renew work when my subscription renews?", "renewals-and-auto-renew", /Auto-renew|auto-renew/],
        ["How do I turn on two-factor authentication (2FA)?", "two-factor-authentication", /authenticator/i],
        ["How do I add an MX record in DNS for my domain?", "manage-dns-records", /MX/],
        ["Where can I find my invoices and billing?", "how-billing-and-invoices-work", /Account → Orders|invoice/],
      ])("answers %p from the right article and cites it", async (message, handle, quote) => {
        const data = await ask(message)
        const expected = await article(handle)
        expect(data).toMatchObject({ handover: false, handover_reason: null, provider: "offline" })
        expect(data.citations[0]).toEqual({ id: expected.id, handle, title: expected.title })
        expect(data.answer).toMatch(quote)
        expect(data.answer).toContain(`/help/${handle}`)
        // an extract, in plain text: not the whole article, no markdown emphasis or links
        expect(data.answer.length).toBeLessThan(expected.body.length + 200)
        expect(data.answer).not.toMatch(/\*\*|\]\(/)
        expect(data.confidence).toBeGreaterThanOrEqual(0.4)
      })

      it("quotes the part of the article that answers the question", async () => {
        const data = await ask("How do I turn off password logins for SSH?")
        expect(data.citations[0].handle).toBe("add-ssh-keys-to-your-server")
        expect(data.answer).toContain("PasswordAuthentication no")
        expect(data.answer).not.toContain("ssh-keygen")
      })

      it("uses a matching FAQ too", async () => {
        const data = await ask("Can I get a refund?")
        expect(data.handover).toBe(false)
        expect(data.answer).toContain("refunded in full within 14 days")
        expect(data.citations.map((c: any) => c.handle)).toContain("refund-policy")
      })

      it("hands over when the customer asks for a person, and says so", async () => {
        const shopper = await registerCustomer(api, ctx)
        for (const message of ["I want to talk to a person", "Can I speak to a human about my DNS?", "connect me with a support agent"]) {
          const data = await ask(message, {}, { headers: { ...shopper.headers.headers, "x-forwarded-for": guest().headers["x-forwarded-for"] } })
          expect(data).toMatchObject({ handover: true, handover_reason: "requested", citations: [] })
          expect(data.answer).toMatch(/handing you over to a member of our team/)
        }
        // a guest asking for a person is told how to reach one, never that one takes over
        const data = await ask("I want to talk to a person")
        expect(data).toMatchObject({ handover: true, handover_reason: "requested", citations: [] })
        expect(data.answer).toMatch(/support team can help/)
        expect(data.answer).not.toMatch(/take over|handing you over/)
      })

      it("hands over with low confidence for gibberish or off-topic questions", async () => {
        for (const message of ["qwxz plorbinate frumious bandersnatch", "What's the weather like in Paris?"]) {
          const data = await ask(message)
          expect(data).toMatchObject({ handover: true, handover_reason: "low_confidence", citations: [], provider: "offline" })
          expect(data.answer).toMatch(/support team can help/)
          expect(data.answer).not.toMatch(/take over/)
          expect(data.confidence).toBeLessThan(0.4)
        }
      })

      it("hands over after two unhelpful answers, even for a question it could answer", async () => {
        const once = await ask("How do I add an SSH key to my server?", { unhelpful_count: 1 })
        expect(once.handover).toBe(false)
        const twice = await ask("How do I add an SSH key to my server?", { unhelpful_count: 2 })
        expect(twice).toMatchObject({ handover: true, handover_reason: "unhelpful", citations: [] })
        expect(twice.answer).not.toMatch(/take over/)
      })

      describe("a guest's handover follows support's chat hours (POST /admin/support-profile)", () => {
        let admin: { headers: Record<string, string> }
        beforeAll(async () => {
          admin = await adminHeaders(api)
        })
        afterAll(async () => {
          await api.post("/admin/support-profile", { timezone: "UTC", days: [1, 2, 3, 4, 5], opens_at: "08:00", closes_at: "20:00" }, admin)
        })

        it("inside chat hours: sign in to chat with a person", async () => {
          await api.post("/admin/support-profile", { days: [0, 1, 2, 3, 4, 5, 6], opens_at: "00:00", closes_at: "24:00" }, admin)
          const data = await ask("I want to talk to a person")
          expect(data.handover).toBe(true)
          expect(data.answer).toMatch(/sign in to chat with a person/)
          expect(data.answer).not.toMatch(/take over|closed/)
        })

        it("outside chat hours: the hours and the contact page", async () => {
          // the route asks as of now: people answer only on a day three days away
          const day = (new Date().getUTCDay() + 3) % 7
          await api.post("/admin/support-profile", { timezone: "UTC", days: [day], opens_at: "00:00", closes_at: "24:00" }, admin)
          const data = await ask("qwxz plorbinate frumious bandersnatch")
          expect(data).toMatchObject({ handover: true, handover_reason: "low_confidence" })
          expect(data.answer).toMatch(/closed right now/)
          expect(data.answer).toContain("00:00–24:00 UTC")
          expect(data.answer).toContain("contact page (/contact)")
          expect(data.answer).not.toMatch(/take over|sign in to chat/)
        })

        it("follows the time zone and the moment asked (the workflow's asOf)", async () => {
          // Monday and Wednesday 09:00–10:00 in Berlin (UTC+1 in December)
          await api.post("/admin/support-profile", { timezone: "Europe/Berlin", days: [1, 3], opens_at: "09:00", closes_at: "10:00" }, admin)
          const at = (iso: string) =>
            answerQuestionWorkflow(getContainer()).run({ input: { message: "I want to talk to a person", asOf: new Date(iso) } })
          const { result: open } = await at("2026-12-07T08:30:00Z") // Monday 09:30 Berlin
          expect(open.answer).toMatch(/sign in to chat with a person/)
          const { result: closed } = await at("2026-12-07T09:30:00Z") // Monday 10:30 Berlin
          expect(closed.answer).toContain("Monday and Wednesday, 09:00–10:00 Europe/Berlin")
          expect(closed.answer).toContain("contact page (/contact)")
          // a customer in the chat is still handed to a person
          const shopper = await registerCustomer(api, ctx)
          const { data: me } = await api.get("/store/customers/me", shopper.headers)
          const { result: customer } = await answerQuestionWorkflow(getContainer()).run({
            input: { message: "I want to talk to a person", customer_id: me.customer.id, asOf: new Date("2026-12-07T09:30:00Z") },
          })
          expect(customer.answer).toMatch(/handing you over/)
        })
      })

      it("answers signed-in customers the same way", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data } = await api.post("/store/assistant/query", { message: "How do I reset my password?" }, shopper.headers)
        expect(data.citations[0].handle).toBe("reset-your-password")
      })

      it("refuses a suspended customer's token (401), as every store route does", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: me } = await api.get("/store/customers/me", shopper.headers)
        await api.post(`/admin/customers/${me.customer.id}/suspend`, { reason: "Abuse" }, await adminHeaders(api))
        expect(await statusOf(api.post("/store/assistant/query", { message: "How do I add an SSH key?" }, shopper.headers))).toBe(401)
      })

      it("refuses bad input with 400 and needs the publishable key", async () => {
        const headers = guest()
        const bad = (body: unknown) => statusOf(api.post("/store/assistant/query", body, headers))
        expect(await bad({ message: "" })).toBe(400)
        expect(await bad({ message: "   " })).toBe(400)
        expect(await bad({})).toBe(400)
        expect(await bad({ message: "x".repeat(2001) })).toBe(400)
        expect(await bad({ message: "hi", unhelpful_count: -1 })).toBe(400)
        expect(await bad({ message: "hi", unhelpful_count: 11 })).toBe(400)
        expect(await bad({ message: "hi", customer_id: "cus_123" })).toBe(400)
        expect(await statusOf(api.post("/store/assistant/query", { message: "hello" }))).toBe(400)
        // the longest allowed question is answered
        expect((await ask(`ssh key ${"x".repeat(1990)}`)).provider).toBe("offline")
      })

      it("limits questions per client address (429 with Retry-After), other addresses unaffected", async () => {
        const headers = guest()
        for (let i = 0; i < 8; i++) {
          await ask("How do I add an SSH key?", {}, headers)
        }
        const limited = await api.post("/store/assistant/query", { message: "one more" }, headers).catch((e: any) => e.response)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect((await ask("How do I add an SSH key?")).handover).toBe(false)
      })

      it("limits a signed-in customer per account, whichever address they ask from", async () => {
        const shopper = await registerCustomer(api, ctx)
        for (let i = 0; i < 8; i++) {
          await ask("How do I add an SSH key?", {}, { headers: { ...shopper.headers.headers, "x-forwarded-for": guest().headers["x-forwarded-for"] } })
        }
        const fresh = { headers: { ...shopper.headers.headers, "x-forwarded-for": guest().headers["x-forwarded-for"] } }
        expect(await statusOf(api.post("/store/assistant/query", { message: "one more" }, fresh))).toBe(429)
      })
    })

    describe("answerQuestionWorkflow (what the chat calls)", () => {
      it("answers with citations, refuses an empty message, reads only the start of a long one", async () => {
        const { result } = await answerQuestionWorkflow(getContainer()).run({ input: { message: "How do I restore a backup snapshot?" } })
        expect(result.citations[0].handle).toBe("backups-and-snapshots")
        expect(result.provider).toBe("offline")
        const { errors } = await answerQuestionWorkflow(getContainer()).run({ input: { message: " " }, throwOnError: false })
        expect(errors[0].error.message).toMatch(/Write a question/)
        // a chat message may be longer than the route allows: the assistant reads its start
        const { result: long } = await answerQuestionWorkflow(getContainer()).run({
          input: { message: `How do I add an SSH key to my server? ${"Thanks! ".repeat(500)}` },
        })
        expect(long.citations[0].handle).toBe("add-ssh-keys-to-your-server")
      })
    })
  },
})
