import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { findVariant, payAndComplete, registerCustomer, seedStore, type StoreContext, US_ADDRESS } from "../helpers"
import { pickPort } from "../stubs"

/**
 * The Gemini adapter against a local stub of Gemini's REST API
 * (POST /v1beta/models/{model}:generateContent, key in x-goog-api-key).
 * Module options are read at boot, so this spec has its own app with a key.
 */
const PORT = pickPort()
const API_KEY = "test-gemini-key"
const MODEL = "gemini-test-model"
const TIMEOUT_MS = 1500
Object.assign(process.env, {
  GEMINI_API_KEY: API_KEY,
  GEMINI_MODEL: MODEL,
  GEMINI_API_BASE: `http://127.0.0.1:${PORT}`,
  GEMINI_TIMEOUT_MS: String(TIMEOUT_MS),
  ASSISTANT_MIN_CONFIDENCE: "0.4",
  ASSISTANT_RATE_LIMIT_MAX: "1000",
})

jest.setTimeout(300 * 1000)

type Reply = { answer: string; cited_handles: string[]; confident: boolean }
type Behaviour =
  | { kind: "reply"; reply: (prompt: string) => Reply }
  | { kind: "status"; status: number }
  | { kind: "text"; text: string }
  | { kind: "hang" }
type Received = { path: string; apiKey: string | undefined; body: any; prompt: string }

/** Speaks generateContent: checks the key, records each request, answers as told. */
class GeminiStub {
  behaviour: Behaviour = { kind: "reply", reply: () => ({ answer: "ok", cited_handles: [], confident: true }) }
  readonly received: Received[] = []
  private server: Server | null = null
  private hanging: ServerResponse[] = []

  async start() {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(PORT, "127.0.0.1", () => resolve()))
  }

  async stop() {
    this.hanging.forEach((r) => r.destroy())
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      let body: any = null
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      } catch {
        body = null
      }
      const prompt = (body?.contents ?? []).flatMap((c: any) => c.parts ?? []).map((p: any) => p.text ?? "").join("\n")
      const apiKey = (req.headers["x-goog-api-key"] as string | undefined) ?? new URL(req.url ?? "/", "http://x").searchParams.get("key") ?? undefined
      this.received.push({ path: req.url ?? "", apiKey, body, prompt })
      const json = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(payload))
      }
      if (req.method !== "POST" || !/^\/v1beta\/models\/[^/:]+:generateContent(\?|$)/.test(req.url ?? "")) {
        return json(404, { error: { code: 404, message: "Not found", status: "NOT_FOUND" } })
      }
      if (apiKey !== API_KEY) {
        return json(400, { error: { code: 400, message: "API key not valid.", status: "INVALID_ARGUMENT" } })
      }
      const b = this.behaviour
      if (b.kind === "hang") {
        this.hanging.push(res)
        return
      }
      if (b.kind === "status") {
        return json(b.status, { error: { code: b.status, message: "Internal error", status: "INTERNAL" } })
      }
      const text = b.kind === "text" ? b.text : JSON.stringify(b.reply(prompt))
      return json(200, {
        candidates: [{ content: { role: "model", parts: [{ text }] }, finishReason: "STOP", index: 0 }],
        usageMetadata: { promptTokenCount: 100, candidatesTokenCount: 20, totalTokenCount: 120 },
        modelVersion: MODEL,
      })
    })
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    const stub = new GeminiStub()

    beforeAll(async () => {
      await stub.start()
      ctx = await seedStore(getContainer(), api)
    })
    afterAll(async () => {
      await stub.stop()
    })
    beforeEach(() => {
      stub.received.length = 0
    })

    const ask = async (message: string, headers = ctx.storeHeaders, extra: Record<string, unknown> = {}) =>
      (await api.post("/store/assistant/query", { message, ...extra }, headers)).data
    const article = async (handle: string) => (await api.get(`/store/help/articles/${handle}`, ctx.storeHeaders)).data.article
    const promptHandles = (prompt: string) => [...prompt.matchAll(/^### handle: (.+)$/gm)].map((m) => m[1])

    async function buy(shopper: { email: string; headers: any }, product: string, plan: string) {
      const { line } = await findVariant(api, ctx, product, plan, "Monthly")
      const { data } = await api.post(
        "/store/carts",
        { region_id: ctx.regions["North America"].id, items: [line] },
        shopper.headers
      )
      await api.post(`/store/carts/${data.cart.id}`, { email: shopper.email, billing_address: US_ADDRESS, shipping_address: US_ADDRESS }, shopper.headers)
      const { data: done } = await payAndComplete(api, data.cart.id, shopper.headers)
      for (let i = 0; i < 50; i++) {
        const { data: subs } = await api.get("/store/subscriptions", shopper.headers)
        if (subs.subscriptions.length) {
          return { order: done.order, subscription: subs.subscriptions[0] }
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error("no subscription was created")
    }

    describe("POST /store/assistant/query with GEMINI_API_KEY", () => {
      it("answers with Gemini: the key, the model, the best articles in the prompt, citations mapped from cited handles", async () => {
        stub.behaviour = {
          kind: "reply",
          reply: () => ({
            answer: "Create a key with ssh-keygen, then copy it with ssh-copy-id.",
            cited_handles: ["add-ssh-keys-to-your-server"],
            confident: true,
          }),
        }
        const data = await ask("How do I add an SSH key to my server?")
        const ssh = await article("add-ssh-keys-to-your-server")
        expect(data).toEqual({
          answer: "Create a key with ssh-keygen, then copy it with ssh-copy-id.",
          citations: [{ id: ssh.id, handle: ssh.handle, title: ssh.title }],
          handover: false,
          handover_reason: null,
          provider: "gemini",
          confidence: expect.any(Number),
        })
        expect(stub.received).toHaveLength(1)
        const [request] = stub.received
        expect(request.path).toBe(`/v1beta/models/${MODEL}:generateContent`)
        expect(request.apiKey).toBe(API_KEY)
        // the best-matching articles (trimmed, at most 4), the JSON contract and the question
        const handles = promptHandles(request.prompt)
        expect(handles[0]).toBe("add-ssh-keys-to-your-server")
        expect(handles.length).toBeLessThanOrEqual(4)
        expect(request.prompt).toContain("ssh-copy-id")
        expect(request.prompt).toContain("(not signed in: no account data)")
        expect(request.prompt.trim().endsWith("How do I add an SSH key to my server?")).toBe(true)
        expect(JSON.stringify(request.body.systemInstruction ?? request.body.system_instruction)).toMatch(/cited_handles/)
        expect(request.body.generationConfig.responseMimeType).toBe("application/json")
      })

      it("never cites a handle that was not in the prompt", async () => {
        stub.behaviour = {
          kind: "reply",
          reply: () => ({
            answer: "Use SSH keys.",
            cited_handles: ["add-ssh-keys-to-your-server", "refund-policy", "made-up-article", "add-ssh-keys-to-your-server"],
            confident: true,
          }),
        }
        const data = await ask("How do I add an SSH key to my server?")
        expect(promptHandles(stub.received[0].prompt)).not.toContain("refund-policy")
        expect(data.provider).toBe("gemini")
        expect(data.citations.map((c: any) => c.handle)).toEqual(["add-ssh-keys-to-your-server"])
      })

      it("hands over (low_confidence) when Gemini is not confident", async () => {
        stub.behaviour = { kind: "reply", reply: () => ({ answer: "I don't know.", cited_handles: [], confident: false }) }
        const data = await ask("Can you host my Minecraft server on the moon?")
        expect(data).toMatchObject({ provider: "gemini", handover: true, handover_reason: "low_confidence", citations: [] })
        // a guest can't be handed to a person: told how to reach one instead
        expect(data.answer).toMatch(/support team can help/)
        expect(data.answer).not.toMatch(/take over/)
      })

      it("does not call Gemini when the customer asks for a person or marked two answers unhelpful", async () => {
        expect(await ask("I want to talk to a person")).toMatchObject({ handover: true, handover_reason: "requested" })
        expect(await ask("How do I add an SSH key?", ctx.storeHeaders, { unhelpful_count: 2 })).toMatchObject({
          handover: true,
          handover_reason: "unhelpful",
        })
        expect(stub.received).toHaveLength(0)
      })

      it.each([
        ["an HTTP 500", { kind: "status", status: 500 } as Behaviour],
        ["a reply that is not JSON", { kind: "text", text: "Sure! Here is how you add SSH keys…" } as Behaviour],
        ["JSON of the wrong shape", { kind: "text", text: JSON.stringify({ reply: "hi" }) } as Behaviour],
      ])("falls back to the offline answer on %s", async (_what, behaviour) => {
        stub.behaviour = behaviour
        const data = await ask("How do I add an SSH key to my server?")
        expect(stub.received).toHaveLength(1)
        expect(data).toMatchObject({ provider: "offline", handover: false })
        expect(data.citations[0].handle).toBe("add-ssh-keys-to-your-server")
        expect(data.answer).toContain("/help/add-ssh-keys-to-your-server")
      })

      it("falls back to the offline answer when Gemini does not answer in GEMINI_TIMEOUT_MS", async () => {
        stub.behaviour = { kind: "hang" }
        const started = Date.now()
        const data = await ask("How do I add an SSH key to my server?")
        const took = Date.now() - started
        expect(stub.received).toHaveLength(1)
        expect(data).toMatchObject({ provider: "offline", handover: false })
        expect(data.citations[0].handle).toBe("add-ssh-keys-to-your-server")
        expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 100)
        expect(took).toBeLessThan(TIMEOUT_MS + 4000)
      })

      it("gives Gemini the signed-in customer's own subscriptions and orders, nobody else's", async () => {
        stub.behaviour = {
          kind: "reply",
          reply: () => ({ answer: "Your Cloud VPS renews monthly.", cited_handles: ["renewals-and-auto-renew"], confident: true }),
        }
        const alice = await registerCustomer(api, ctx)
        const bob = await registerCustomer(api, ctx)
        const mine = await buy(alice, "cloud-vps", "Standard")
        const theirs = await buy(bob, "managed-postgresql", "Business")
        expect(mine.subscription.product_title).toBe("Cloud VPS")
        expect(theirs.subscription.product_title).toBe("Managed PostgreSQL")

        const data = await ask("When does my subscription renew?", alice.headers)
        expect(data.provider).toBe("gemini")
        expect(data.citations.map((c: any) => c.handle)).toEqual(["renewals-and-auto-renew"])
        const { prompt } = stub.received[stub.received.length - 1]
        expect(prompt).toContain(`${mine.subscription.number}: Cloud VPS, plan ${mine.subscription.plan}`)
        expect(prompt).toMatch(new RegExp(`order #${mine.order.display_id} on \\d{4}-\\d{2}-\\d{2}: Cloud VPS Standard / Monthly, total [\\d.]+ USD`))
        expect(prompt).not.toContain("Managed PostgreSQL")
        expect(prompt).not.toContain(theirs.subscription.number)
        expect(prompt).not.toContain(`order #${theirs.order.display_id} `)

        // and Bob's prompt has his, not Alice's
        await ask("When does my subscription renew?", bob.headers)
        const bobs = stub.received[stub.received.length - 1].prompt
        expect(bobs).toContain(`${theirs.subscription.number}: Managed PostgreSQL`)
        expect(bobs).not.toContain("Cloud VPS, plan")
        expect(bobs).not.toContain(mine.subscription.number)
      })
    })
  },
})
