import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTicketWorkflow } from "../../src/workflows/ticket"
import { startChatWorkflow } from "../../src/workflows/chat"
import { adminHeaders, decodeJwt, registerCustomer, seedStore, type StoreContext } from "../helpers"
import { routeFiles } from "../route-list"

jest.setTimeout(480 * 1000)

// the assistant answers offline; the chat's socket server binds any free port
Object.assign(process.env, { CHAT_SOCKET_PORT: "0", GEMINI_API_KEY: "" })

type Method = "GET" | "POST" | "DELETE" | "PUT" | "PATCH"
type Route = { method: Method; path: string; params: string[] }
type Headers = Record<string, string>
type Probe = { method: Method; url: string; body?: unknown; what: string; stream?: boolean }

const NAMESPACES = ["store", "admin", "auth", "hooks"]

/** Medusa's routes and the project's (route-list.ts), one entry per path and method. */
function routeList(): Route[] {
  const routes = new Map<string, Route>()
  for (const file of routeFiles(NAMESPACES)) {
    const params = [...file.path.matchAll(/:([a-z_]+)/g)].map((m) => m[1])
    for (const method of file.methods) {
      routes.set(`${method} ${file.path}`, { method: method as Method, path: file.path, params })
    }
  }
  return [...routes.values()].sort((a, b) => (a.path + a.method).localeCompare(b.path + b.method))
}

// ids that do not decode, decode to NUL, or carry it
const HOSTILE_IDS = ["%E0%A4%A", "%00", "a%00b", "%ZZ"]
// what list routes are asked with
const HOSTILE_QUERIES = [
  "limit=-1",
  "offset=-5",
  "offset=99999999999999999999",
  "order=nonexistent_field",
  "order=;drop",
  "q=%00",
  "created_at[$gte]=notadate",
  // the operator form of the project's own list filters
  "created_at[gte]=notadate",
]
// JSON bodies with NUL inside strings and keys
const HOSTILE_BODIES: Record<string, unknown>[] = [
  { email: "a\u0000b", name: "x\u0000" },
  { title: "x", metadata: { "k\u0000": ["v\u0000"] } },
]
// an id that is well formed but names nothing
const MISSING_ID = "fuzz_missing"

const fill = (route: Route, id: string) => route.path.replace(/:[a-z_]+/g, id)
// Medusa's workflow-execution "subscribe" routes answer with an event stream that stays open
const streams = (route: Route) => route.path.endsWith("/subscribe")

/**
 * The hostile requests for one route and method: hostile ids in every path
 * parameter; hostile queries on GET (the path's ids well formed but naming
 * nothing); NUL bodies on POST. Skipped: DELETE routes without a path
 * parameter (DELETE /auth/session, DELETE /store/account) — their only input
 * is who asks, and deleting the signed-in customer or session would make
 * every later request of the run meaningless; and everything but hostile ids
 * on event streams, which stay open once they answer.
 */
function probesFor(route: Route): Probe[] {
  const probes: Probe[] = []
  const stream = streams(route)
  if (route.params.length) {
    for (const id of HOSTILE_IDS) {
      probes.push({ method: route.method, url: fill(route, id), what: `id ${id}`, stream, body: route.method === "POST" ? {} : undefined })
    }
  }
  if ((!route.params.length && route.method === "DELETE") || stream) {
    return probes
  }
  const base = fill(route, MISSING_ID)
  if (route.method === "GET") {
    for (const query of HOSTILE_QUERIES) {
      probes.push({ method: "GET", url: `${base}?${query}`, what: query })
    }
  }
  if (route.method === "POST" || route.method === "PUT" || route.method === "PATCH") {
    HOSTILE_BODIES.forEach((body, i) => probes.push({ method: route.method, url: base, body, what: `NUL body ${i + 1}` }))
  }
  return probes
}

/** The JSON text `{"a":[[[…]]]}`, `depth` arrays deep (sent as text: axios would not serialize it). */
const deeplyNested = (depth: number) => `{"a":${"[".repeat(depth)}${"]".repeat(depth)}}`

/** A multipart upload of a 1×1 PNG named `name`, with a `body` field when given. */
function upload(name: string, body?: string) {
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64")
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), name)
  if (body !== undefined) {
    form.append("body", body)
  }
  return form
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next++]
        await run(item)
      }
    })
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let identities: { name: string; headers: Headers }[]
    let customerId: string
    let ticketId: string
    let chatId: string

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      const admin = await adminHeaders(api)
      const shopper = await registerCustomer(api, ctx)
      customerId = decodeJwt(shopper.token).actor_id
      // a ticket and a chat of the signed-in customer, for the multipart uploads below
      ticketId = (await api.post("/store/tickets", { subject: "Fuzzing", body: "A ticket to attach to" }, shopper.headers)).data.ticket.id
      chatId = (await api.post("/store/chats", {}, shopper.headers)).data.chat.id
      identities = [
        { name: "anonymous", headers: { ...ctx.storeHeaders.headers } },
        { name: "customer", headers: { ...shopper.headers.headers } },
        { name: "admin", headers: { ...ctx.storeHeaders.headers, ...admin.headers } },
      ]
    })

    /** The status of one request (0 when no answer came), and the error's message. */
    async function send(probe: Probe, headers: Headers): Promise<{ status: number; message: string }> {
      try {
        const res = await api.request({
          method: probe.method,
          url: probe.url,
          data: probe.body,
          headers: typeof probe.body === "string" ? { ...headers, "content-type": "application/json" } : headers,
          timeout: 60_000,
          validateStatus: () => true,
          ...(probe.stream ? { responseType: "stream" } : {}),
        })
        if (probe.stream) {
          // the status is known once the headers are in; an event stream would stay open
          res.data.destroy()
          return { status: res.status, message: "" }
        }
        return { status: res.status, message: typeof res.data === "object" ? String(res.data?.message ?? "") : String(res.data).slice(0, 200) }
      } catch (e: any) {
        return { status: 0, message: e.message }
      }
    }

    async function counts() {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(
        `SELECT (SELECT count(*) FROM ticket)::int AS tickets, (SELECT count(*) FROM ticket_message)::int AS ticket_messages,
                (SELECT count(*) FROM chat_conversation)::int AS chats, (SELECT count(*) FROM chat_message)::int AS chat_messages`
      )
      return rows[0] as Record<string, number>
    }

    describe("hostile input on every route", () => {
      it("is never answered with a 5xx, whoever asks", async () => {
        const routes = routeList()
        expect(routes.length).toBeGreaterThan(300)
        // what the outside review sent by hand, beside the generated requests
        const named: { identity: string; probe: Probe }[] = [
          { identity: "customer", probe: { method: "POST", url: "/auth/mfa/factors", body: { provider: "bogus" }, what: "unknown MFA provider" } },
          { identity: "admin", probe: { method: "POST", url: "/auth/mfa/factors", body: { provider: "bogus" }, what: "unknown MFA provider" } },
          {
            identity: "customer",
            probe: { method: "POST", url: "/store/tickets", body: { subject: "Help me", body: "x\u0000" }, what: "NUL in a ticket's message" },
          },
          {
            identity: "admin",
            probe: { method: "POST", url: "/admin/tickets", body: { customer_id: customerId, subject: "Help me", body: "x\u0000" }, what: "NUL in a ticket's message" },
          },
          { identity: "customer", probe: { method: "POST", url: "/store/chats", body: { message: "hi\u0000" }, what: "NUL in a first chat message" } },
          { identity: "admin", probe: { method: "POST", url: "/admin/customers", body: { email: "a\u0000b@example.com" }, what: "NUL in an email" } },
          { identity: "anonymous", probe: { method: "POST", url: "/store/carts", body: { email: "a\u0000b@example.com" }, what: "NUL in an email" } },
          { identity: "anonymous", probe: { method: "GET", url: "/store/products?created_at[$lt]=2024-02-30", what: "impossible date" } },
          { identity: "admin", probe: { method: "GET", url: "/admin/products?offset=9223372036854775808", what: "offset past 64 bits" } },
          { identity: "admin", probe: { method: "GET", url: "/admin/orders?order=-nonexistent_field", what: "unknown order field" } },
          { identity: "anonymous", probe: { method: "POST", url: "/store/carts", body: deeplyNested(5000), what: "a body nested 5000 deep" } },
          ...[`/store/tickets/${ticketId}/attachments`, `/store/chats/${chatId}/attachments`].flatMap((url) => [
            { identity: "customer", probe: { method: "POST" as const, url, body: upload("x.png", "x\u0000"), what: "NUL in a multipart field" } },
            { identity: "customer", probe: { method: "POST" as const, url, body: upload("x\u0000.png"), what: "NUL in a file name" } },
          ]),
        ]
        const work: { identity: string; probe: Probe }[] = [...named]
        for (const route of routes) {
          for (const probe of probesFor(route)) {
            for (const { name } of identities) {
              work.push({ identity: name, probe })
            }
          }
        }
        const headersOf = Object.fromEntries(identities.map((i) => [i.name, i.headers]))
        const failures: string[] = []
        const statuses: Record<string, number> = {}
        const started = Date.now()
        await pool(work, 8, async ({ identity, probe }) => {
          const { status, message } = await send(probe, headersOf[identity])
          statuses[status] = (statuses[status] ?? 0) + 1
          if (status >= 500 || status === 0) {
            failures.push(`${identity} ${probe.method} ${probe.url} (${probe.what}) → ${status} ${message.slice(0, 160)}`)
          }
        })
        // eslint-disable-next-line no-console
        console.log(
          `fuzz: ${work.length} requests over ${routes.length} routes in ${Math.round((Date.now() - started) / 1000)} s; statuses ${JSON.stringify(statuses)}`
        )
        expect(failures.sort()).toEqual([])
      })
    })

    describe("what hostile input is answered with", () => {
      it("is the caller's error: 400 invalid_data (404 for a provider the path names), before or after Medusa's own checks", async () => {
        const [anonymous, customer, admin] = identities.map((i) => i.headers)
        const answer = async (method: Method, url: string, headers: Headers, body?: unknown) => {
          const res = await api.request({ method, url, headers, data: body, validateStatus: () => true })
          return [res.status, res.data.type, res.data.message]
        }
        // the guard, in front of Medusa's routes as of ours
        expect(await answer("GET", "/admin/products/%ZZ", admin)).toEqual([400, "invalid_data", 'The path segment "%ZZ" is not validly encoded'])
        expect(await answer("GET", "/store/products/a%00b", anonymous)).toEqual([400, "invalid_data", 'The path segment "a%00b" contains control characters'])
        expect(await answer("GET", "/store/tickets/%E0%A4%A", customer)).toEqual([400, "invalid_data", 'The path segment "%E0%A4%A" is not validly encoded'])
        expect(await answer("GET", "/store/products?limit=-1", anonymous)).toEqual([400, "invalid_data", "limit must be a whole number from 0 to 10000"])
        expect(await answer("GET", "/admin/orders?offset=99999999999999999999", admin)).toEqual([
          400,
          "invalid_data",
          "offset must be a whole number from 0 to 2147483647",
        ])
        expect(await answer("GET", "/admin/customers?order=;drop", admin)).toEqual([
          400,
          "invalid_data",
          "order must be a field name, with a leading - for descending order",
        ])
        expect(await answer("GET", "/store/products?q=%00", anonymous)).toEqual([400, "invalid_data", "The query contains a NUL character"])
        expect(await answer("GET", "/admin/orders?created_at[$gte]=notadate", admin)).toEqual([
          400,
          "invalid_data",
          "created_at[$gte] must be a date (YYYY-MM-DD or an ISO 8601 time)",
        ])
        expect(await answer("POST", "/store/carts", anonymous, { email: "a\u0000b@example.com" })).toEqual([
          400,
          "invalid_data",
          "The request body contains a NUL character",
        ])
        // the error handler: what only the database or a provider registry can tell
        expect(await answer("GET", "/admin/orders?order=-nonexistent_field", admin)).toEqual([400, "invalid_data", "Unknown field: nonexistent_field"])
        expect(await answer("GET", "/admin/tickets?order=nonexistent_field", admin)).toEqual([400, "invalid_data", "Unknown field: nonexistent_field"])
        expect(await answer("POST", "/auth/mfa/factors", customer, { provider: "bogus" })).toEqual([400, "invalid_data", "Unknown MFA method: bogus"])
        expect(await answer("GET", "/admin/fulfillment-providers/bogus/options", admin)).toEqual([404, "not_found", "No fulfillment provider with id: bogus"])
        // Medusa routes of features this store runs without
        expect((await answer("GET", "/admin/users/user_1/roles", admin))[0]).toBe(404)
        expect((await answer("GET", "/admin/index/details", admin))[0]).toBe(404)
      })

      it("leaves well-formed requests alone: the dashboard's paging, ordering and date filters", async () => {
        const admin = identities[2].headers
        const ok = async (url: string) => (await api.get(url, { headers: admin, validateStatus: () => true })).status
        expect(await ok("/admin/orders?limit=0&offset=0")).toBe(200)
        expect(await ok("/admin/products?limit=9999&order=-created_at")).toBe(200)
        expect(await ok(`/admin/orders?created_at[$gte]=${encodeURIComponent(new Date(0).toISOString())}&created_at[$lt]=2099-12-31`)).toBe(200)
        expect(await ok("/admin/customers?q=ada%20lovelace&order=email")).toBe(200)
        expect(await ok("/admin/customers?order=-nonexistent_field")).toBe(400)
      })
    })

    describe("refused writes write nothing", () => {
      it("leaves no ticket without its message and no empty chat when a message carries a NUL byte", async () => {
        const before = await counts()
        const shopper = await registerCustomer(api, ctx)
        const admin = await adminHeaders(api)
        const ownId = decodeJwt(shopper.token).actor_id
        const nul = "SSH times out\u0000"
        const refused = [
          await api.post("/store/tickets", { subject: "Cannot reach my VPS", body: nul }, { ...shopper.headers, validateStatus: () => true }),
          await api.post("/admin/tickets", { customer_id: ownId, subject: "Called in", body: nul }, { ...admin, validateStatus: () => true }),
          await api.post("/store/chats", { message: nul }, { ...shopper.headers, validateStatus: () => true }),
        ]
        expect(refused.map((r) => [r.status, r.data.type])).toEqual([
          [400, "invalid_data"],
          [400, "invalid_data"],
          [400, "invalid_data"],
        ])
        expect(await counts()).toEqual(before)

        // past the guard (the workflows themselves): PostgreSQL refuses the message, the ticket or chat written before it goes too
        const container = getContainer()
        const ticket = await createTicketWorkflow(container).run({
          input: { customer_id: ownId, subject: "Cannot reach my VPS", body: nul, source: "portal", author_type: "customer", author_id: ownId, asOf: new Date() },
          throwOnError: false,
        })
        const chat = await startChatWorkflow(container).run({ input: { customer_id: ownId, message: nul, asOf: new Date() }, throwOnError: false })
        expect([ticket.errors.length, chat.errors.length]).toEqual([1, 1])
        expect(await counts()).toEqual(before)

        // and the same requests without the NUL write both
        const { data } = await api.post("/store/chats", { message: "SSH times out" }, shopper.headers)
        expect(data.message).toMatchObject({ author_type: "customer", body: "SSH times out" })
        const opened = await api.post("/store/tickets", { subject: "Cannot reach my VPS", body: "SSH times out" }, shopper.headers)
        expect(opened.data.ticket.messages).toHaveLength(1)
        expect(await counts()).toMatchObject({ tickets: before.tickets + 1, ticket_messages: before.ticket_messages + 1, chats: before.chats + 1 })
      })
    })
  },
})
