import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import net from "net"
import { io as connect, type Socket } from "socket.io-client"
import type { ChatSocketServer } from "../../src/modules/chat/realtime/server"
import type ChatModuleService from "../../src/modules/chat/service"
import { postChatMessageWorkflow } from "../../src/workflows/chat"
import { adminHeaders, errorOf, registerCustomer, seedStore, statusOf, type StoreContext } from "../helpers"

jest.setTimeout(240 * 1000)

type Headers = { headers: Record<string, string> }

const REDIS = { host: "127.0.0.1", port: 6379 }
// the socket server of this run binds any free port (0); the assistant answers offline
Object.assign(process.env, { CHAT_SOCKET_PORT: "0", GEMINI_API_KEY: "", CHAT_REDIS_KEY: `chat-spec-${process.pid}-${Date.now()}` })

/** Whether a Redis server answers PING at 127.0.0.1:6379 (then the chat's socket server uses the Redis adapter). */
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(REDIS)
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (d) => done(d.toString().startsWith("+PONG")))
  })
}

let withRedis = false
// before the app boots (the runner's own beforeAll runs after this one): only the chat module gets Redis
// (socket.io adapter, emitter and ticket revocations; pub/sub spans Redis databases, the key prefix keeps runs apart)
beforeAll(async () => {
  withRedis = await redisAnswers()
  if (withRedis) {
    process.env.CHAT_REDIS_URL = `redis://${REDIS.host}:${REDIS.port}/9`
  } else {
    // eslint-disable-next-line no-console
    console.warn("chat.spec: no Redis at 127.0.0.1:6379 — the cross-instance and emitter socket tests are skipped")
  }
})

/** Without Redis those tests can't run; on CI (which runs Redis) that is a failure, not a silent pass. */
function skippedWithoutRedis() {
  if (withRedis) {
    return false
  }
  expect(process.env.CI ? "no Redis at 127.0.0.1:6379" : "skipped").toBe("skipped")
  // eslint-disable-next-line no-console
  console.warn("chat.spec: skipped a Redis socket test (no Redis at 127.0.0.1:6379)")
  return true
}

/** The next `event` on `socket` that `match` accepts (fails after 5 s). */
function next<T = any>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler)
      reject(new Error(`no matching "${event}" within ${ms} ms`))
    }, ms)
    const handler = (payload: T) => {
      if (match(payload)) {
        clearTimeout(timer)
        socket.off(event, handler)
        resolve(payload)
      }
    }
    socket.on(event, handler)
  })
}

/** Whether `event` arrives within `ms` (to prove that something is NOT delivered). */
async function arrives(socket: Socket, event: string, match: (p: any) => boolean = () => true, ms = 700) {
  try {
    await next(socket, event, match, ms)
    return true
  } catch {
    return false
  }
}

const ack = (socket: Socket, event: string, payload: unknown): Promise<any> =>
  new Promise((resolve) => socket.emit(event, payload, resolve))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ctx: StoreContext
    let admin: Headers
    let adminUser: { id: string; email: string; first_name?: string | null }
    const sockets: Socket[] = []

    beforeAll(async () => {
      ctx = await seedStore(getContainer(), api)
      admin = await adminHeaders(api)
      adminUser = (await api.get("/admin/users/me", admin)).data.user
    })

    afterEach(() => {
      while (sockets.length) {
        sockets.pop()!.close()
      }
    })

    /** A socket.io client connected with `token` to `url`. */
    async function open(url: string, token: string) {
      const socket = connect(url, { auth: { token }, transports: ["websocket"], forceNew: true, reconnection: false })
      sockets.push(socket)
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve())
        socket.once("connect_error", reject)
      })
      return socket
    }

    /** A socket.io client signed in with the ticket of GET /store|admin/chats/socket (to its URL, or `url`). */
    async function socketFor(headers: Headers, side: "store" | "admin", url?: string) {
      const { data } = await api.get(`/${side}/chats/socket`, headers)
      return await open(url ?? data.url, data.token)
    }

    /** The error a connection attempt with `token` gets ("unauthorized" for a refused ticket). */
    async function refused(url: string, token?: string) {
      const socket = connect(url, { auth: token ? { token } : {}, transports: ["websocket"], forceNew: true, reconnection: false })
      sockets.push(socket)
      return (await new Promise<Error>((resolve) => socket.once("connect_error", resolve))).message
    }

    const chatModule = () => getContainer().resolve<ChatModuleService>("chat")

    async function emails(to: string, template: string) {
      for (let i = 0; i < 50; i++) {
        const { data } = await api.get(`/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}`, admin)
        if (data.count) {
          return data.notification_logs
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return []
    }

    const startChat = async (shopper: { headers: Headers }, message?: string) =>
      (await api.post("/store/chats", message ? { message } : {}, shopper.headers)).data

    describe("live chat over socket.io", () => {
      it("lets a customer and an admin talk live: REST writes, socket pushes of messages, typing and unread counts", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        expect(chat).toMatchObject({ status: "bot", unread_count: 0 })

        const { data: ticket } = await api.get("/store/chats/socket", shopper.headers)
        expect(ticket.url).toMatch(/^http:\/\/localhost:\d+$/)
        const claims = JSON.parse(Buffer.from(ticket.token.split(".")[1], "base64url").toString())
        expect(claims.exp - claims.iat).toBe(15 * 60)
        expect(claims).toMatchObject({ purpose: "chat_socket", actor_type: "customer", actor_id: chat.customer_id, name: "Ada", read_only: false })

        const customer = await socketFor(shopper.headers, "store")
        const staff = await socketFor(admin, "admin")
        const joined = await ack(staff, "chat:join", { chat_id: chat.id })
        expect(joined.ok).toBe(true)
        expect(joined.data.chat.id).toBe(chat.id)

        // the admin takes the chat over REST: the customer's socket hears who joined and the new status
        const joinLine = next(customer, "chat:message", (p) => p.message.author_type === "system")
        const activeForCustomer = next(customer, "chat:updated", (p) => p.chat.status === "active")
        await api.post(`/admin/chats/${chat.id}/take`, {}, admin)
        expect((await joinLine).message.body).toContain("joined the chat")
        expect((await activeForCustomer).chat.assigned_user_id).toBe(adminUser.id)

        // the customer types (socket), then writes (REST): the admin sees both, live
        const typing = next(staff, "chat:typing")
        expect((await ack(customer, "chat:typing", { chat_id: chat.id, typing: true })).ok).toBe(true)
        expect(await typing).toMatchObject({ chat_id: chat.id, author_type: "customer", typing: true, author_name: "Ada" })

        const atAdmin = next(staff, "chat:message", (p) => p.message.author_type === "customer")
        const inbox = next(staff, "chat:updated", (p) => p.chat.id === chat.id && p.chat.admin_unread_count === 1)
        // the customer's own socket hears it too (their other tabs), with the store's links
        const ownEcho = next(customer, "chat:message", (p) => p.message.author_type === "customer")
        const { data: sent } = await api.post(`/store/chats/${chat.id}/messages`, { body: "My VPS does not boot" }, shopper.headers)
        expect(sent.message).toMatchObject({ author_type: "customer", body: "My VPS does not boot", chat_id: chat.id })
        expect(sent.replies).toEqual([]) // a person has the chat: no bot answer
        expect((await atAdmin).message).toMatchObject({ id: sent.message.id, body: "My VPS does not boot", author_name: "Ada" })
        expect((await inbox).chat).toMatchObject({ unread_count: 1, last_message: { body: "My VPS does not boot" } })
        expect((await ownEcho).message.id).toBe(sent.message.id)

        // the admin types (socket) and answers (REST)
        const adminTyping = next(customer, "chat:typing")
        await ack(staff, "chat:typing", { chat_id: chat.id, typing: true })
        expect(await adminTyping).toMatchObject({ chat_id: chat.id, author_type: "admin", typing: true })
        const atCustomer = next(customer, "chat:message", (p) => p.message.author_type === "admin")
        const unreadForCustomer = next(customer, "chat:updated", (p) => p.chat.unread_count === 1)
        const { data: answer } = await api.post(`/admin/chats/${chat.id}/messages`, { body: "Rebooting the host now." }, admin)
        expect((await atCustomer).message).toMatchObject({ id: answer.message.id, body: "Rebooting the host now.", author_type: "admin" })
        expect((await unreadForCustomer).chat.customer_unread_count).toBe(1)

        const restAtAdmin = next(staff, "chat:message", (p) => p.message.body === "Sent over REST")
        const { data: posted } = await api.post(`/store/chats/${chat.id}/messages`, { body: "Sent over REST" }, shopper.headers)
        expect(posted.replies).toEqual([])
        expect((await restAtAdmin).message.id).toBe(posted.message.id)

        // unread counts: both sides, in the lists (counters on the row, no query per row)
        let { data: list } = await api.get(`/admin/chats?status=active&assigned_to=me&customer_id=${chat.customer_id}`, admin)
        expect(list.count).toBe(1)
        expect(list.chats[0]).toMatchObject({ id: chat.id, unread_count: 2, last_message: { body: "Sent over REST" } })
        expect(list.chats[0].customer.email).toBe(shopper.email)
        let { data: mine } = await api.get("/store/chats", shopper.headers)
        expect(mine.chats.map((c: any) => [c.id, c.unread_count])).toEqual([[chat.id, 1]])

        // reading resets them over REST, and each side's sockets hear the count go to 0
        const readByCustomer = next(customer, "chat:updated", (p) => p.chat.id === chat.id && p.chat.unread_count === 0)
        const { data: read } = await api.post(`/store/chats/${chat.id}/read`, {}, shopper.headers)
        expect(read.chat.unread_count).toBe(0)
        await readByCustomer
        const readByAdmin = next(staff, "chat:updated", (p) => p.chat.id === chat.id && p.chat.unread_count === 0)
        await api.post(`/admin/chats/${chat.id}/read`, {}, admin)
        await readByAdmin
        ;({ data: list } = await api.get(`/admin/chats?status=open&assigned_to=me`, admin))
        expect(list.chats.find((c: any) => c.id === chat.id).unread_count).toBe(0)
        ;({ data: mine } = await api.get("/store/chats", shopper.headers))
        expect(mine.chats[0].unread_count).toBe(0)

        // sockets push only: a write sent over a socket is no event the server knows — nothing is written
        customer.emit("chat:send", { chat_id: chat.id, body: "over the socket" })
        staff.emit("chat:send", { chat_id: chat.id, body: "over the socket" })
        expect(await arrives(staff, "chat:message", (p) => p.message.body === "over the socket")).toBe(false)
        customer.emit("chat:read", { chat_id: chat.id })
        const { data: stored } = await api.get(`/admin/chats/${chat.id}`, admin)
        expect(stored.messages.map((m: any) => m.body)).not.toContain("over the socket")
        // bad socket input is refused in the ack, not crashed on
        expect(await ack(customer, "chat:join", { nope: 1 })).toMatchObject({ ok: false, error: { status: 400 } })
        expect(await ack(customer, "chat:typing", { chat_id: chat.id, typing: "yes" })).toMatchObject({ ok: false, error: { status: 400 } })

        // an unsigned or forged ticket does not connect, nor does a sign-in token (only a ticket opens a socket)
        for (const token of [undefined, "not-a-jwt", ticket.token.slice(0, -4) + "abcd", shopper.token]) {
          expect(await refused(ticket.url, token)).toBe("unauthorized")
        }
      })

      it("keeps every chat to its customer: 404 on each store route and a refused chat:join for someone else", async () => {
        const owner = await registerCustomer(api, ctx)
        const other = await registerCustomer(api, ctx)
        const { chat } = await startChat(owner, "How do I add an SSH key to my server?")
        const { data: full } = await api.get(`/store/chats/${chat.id}`, owner.headers)
        const bot = full.messages.find((m: any) => m.author_type === "bot")
        const png = Buffer.from(
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
          "base64"
        )
        const form = new FormData()
        form.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "screen.png")
        const { data: upload } = await api.post(`/store/chats/${chat.id}/attachments`, form, owner.headers)
        const attachment = upload.message.attachments[0]
        expect(attachment).toMatchObject({ filename: "screen.png", mime_type: "image/png", url: `/store/chats/${chat.id}/attachments/${attachment.id}` })
        const download = await api.get(attachment.url, { ...owner.headers, responseType: "arraybuffer" })
        expect(Buffer.from(download.data).equals(png)).toBe(true)
        expect(download.headers["content-disposition"]).toMatch(/^attachment/)

        const id = chat.id
        const otherForm = new FormData()
        otherForm.append("files", new Blob([new Uint8Array(png)], { type: "image/png" }), "x.png")
        const attempts: (() => Promise<unknown>)[] = [
          () => api.get(`/store/chats/${id}`, other.headers),
          () => api.post(`/store/chats/${id}/messages`, { body: "hi" }, other.headers),
          () => api.post(`/store/chats/${id}/messages/${bot.id}/feedback`, { helpful: false }, other.headers),
          () => api.post(`/store/chats/${id}/handover`, {}, other.headers),
          () => api.post(`/store/chats/${id}/attachments`, otherForm, other.headers),
          () => api.get(`/store/chats/${id}/attachments/${attachment.id}`, other.headers),
          () => api.post(`/store/chats/${id}/close`, {}, other.headers),
          () => api.post(`/store/chats/${id}/read`, {}, other.headers),
        ]
        for (const attempt of attempts) {
          expect(await statusOf(attempt())).toBe(404)
        }
        expect((await api.get("/store/chats", other.headers)).data.chats).toEqual([])
        const intruder = await socketFor(other.headers, "store")
        expect(await ack(intruder, "chat:join", { chat_id: id })).toMatchObject({ ok: false, error: { status: 404 } })
        expect(await ack(intruder, "chat:typing", { chat_id: id, typing: true })).toMatchObject({ ok: false, error: { status: 404 } })
        // nothing the owner says reaches the other customer's socket
        const leak = arrives(intruder, "chat:message")
        await api.post(`/store/chats/${id}/messages`, { body: "private words" }, owner.headers)
        expect(await leak).toBe(false)
        const { data: after } = await api.get(`/store/chats/${id}`, owner.headers)
        expect(after.messages.some((m: any) => m.body === "hi")).toBe(false)

        // guests and admins are not customers here
        expect(await statusOf(api.get("/store/chats", ctx.storeHeaders))).toBe(401)
        expect(await statusOf(api.get("/admin/chats", ctx.storeHeaders))).toBe(401)
        expect(await statusOf(api.get("/admin/chats", owner.headers))).toBe(401)
      })

      it("answers bad input with 400s", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        const bad: [() => Promise<unknown>, RegExp?][] = [
          [() => api.post("/store/chats", { message: "" }, shopper.headers)],
          [() => api.post("/store/chats", { message: "hi", extra: 1 }, shopper.headers)],
          [() => api.post(`/store/chats/${chat.id}/messages`, {}, shopper.headers)],
          [() => api.post(`/store/chats/${chat.id}/messages`, { body: "   " }, shopper.headers)],
          [() => api.post(`/store/chats/${chat.id}/messages`, { body: "x".repeat(4001) }, shopper.headers)],
          [() => api.post(`/store/chats/${chat.id}/messages/chatmsg_nope/feedback`, { helpful: "yes" }, shopper.headers)],
          [() => api.post(`/store/chats/${chat.id}/attachments`, new FormData(), shopper.headers), /Attach at least one file/],
          [() => api.get("/admin/chats?status=pending", admin)],
          [() => api.post(`/admin/chats/${chat.id}/transfer`, {}, admin)],
          [() => api.post(`/admin/chats/${chat.id}/transfer`, { user_id: "user_missing" }, admin), /not found/],
          [() => api.post(`/admin/chats/${chat.id}/convert-to-ticket`, { priority: "asap" }, admin)],
          [() => api.post(`/admin/chats/${chat.id}/messages`, { body: "" }, admin)],
        ]
        for (const [request, message] of bad) {
          const error = await errorOf(request())
          expect(error.status).toBe(400)
          if (message) {
            expect(error.message).toMatch(message)
          }
        }
        const html = new FormData()
        html.append("files", new Blob(["<!doctype html><script>alert(1)</script>"], { type: "text/plain" }), "a.txt")
        expect((await errorOf(api.post(`/store/chats/${chat.id}/attachments`, html, shopper.headers))).message).toMatch(/can't be attached/)
        expect(await statusOf(api.get("/admin/chats/chat_missing", admin))).toBe(404)
        // a closed chat takes no more messages; a new POST /store/chats opens a new one
        await api.post(`/store/chats/${chat.id}/close`, {}, shopper.headers)
        expect((await errorOf(api.post(`/store/chats/${chat.id}/messages`, { body: "still there?" }, shopper.headers))).message).toMatch(/closed/)
        expect(await statusOf(api.post(`/store/chats/${chat.id}/close`, {}, shopper.headers))).toBe(400)
        const { data: again } = await api.post("/store/chats", {}, shopper.headers)
        expect(again.chat.id).not.toBe(chat.id)
        // an open chat is returned, not duplicated
        expect((await api.post("/store/chats", {}, shopper.headers)).data.chat.id).toBe(again.chat.id)
      })
    })

    describe("the assistant and the handover", () => {
      it("answers with a cited article, then hands over when the customer asks for a person", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { data: article } = await api.get("/store/help/articles/add-ssh-keys-to-your-server", ctx.storeHeaders)
        const started = await startChat(shopper, "How do I add an SSH key to my server?")
        expect(started.message).toMatchObject({ author_type: "customer" })
        expect(started.replies).toHaveLength(1)
        expect(started.replies[0]).toMatchObject({ author_type: "bot", author_name: "Assistant", helpful: null })
        expect(started.replies[0].citations[0]).toEqual({ id: article.article.id, handle: "add-ssh-keys-to-your-server", title: article.article.title })
        expect(started.chat.status).toBe("bot")

        const staff = await socketFor(admin, "admin")
        const handedOver = next(staff, "chat:updated", (p) => p.chat.id === started.chat.id && p.chat.status === "waiting")
        const { data } = await api.post(`/store/chats/${started.chat.id}/messages`, { body: "I want to talk to a person" }, shopper.headers)
        expect(data.replies.map((r: any) => r.author_type)).toEqual(["bot", "system"])
        expect(data.replies[1].body).toMatch(/someone from our support team will join/)
        const inbox = (await handedOver).chat
        expect(inbox).toMatchObject({ status: "waiting", customer_id: started.chat.customer_id })
        expect(inbox.waiting_since).toBeTruthy()
        expect(inbox.waiting_seconds).toBeGreaterThanOrEqual(0)
        // from now on people answer, not the bot
        const { data: after } = await api.post(`/store/chats/${started.chat.id}/messages`, { body: "Hello?" }, shopper.headers)
        expect(after.replies).toEqual([])
        const { data: waiting } = await api.get("/admin/chats?status=waiting", admin)
        expect(waiting.chats.map((c: any) => c.id)).toContain(started.chat.id)
        await expectEvent("chat.handed_over", started.chat.id)
      })

      it("hands over after two unhelpful answers in a row (a helpful one resets the count)", async () => {
        const shopper = await registerCustomer(api, ctx)
        const first = await startChat(shopper, "How do I add an SSH key to my server?")
        const chatId = first.chat.id
        const ask = async (body: string) => (await api.post(`/store/chats/${chatId}/messages`, { body }, shopper.headers)).data.replies[0]
        const rate = async (id: string, helpful: boolean) =>
          (await api.post(`/store/chats/${chatId}/messages/${id}/feedback`, { helpful }, shopper.headers)).data

        let res = await rate(first.replies[0].id, false)
        expect(res).toMatchObject({ handed_over: false, chat: { status: "bot", unhelpful_count: 1 }, message: { helpful: false } })
        // the same answer again counts once
        res = await rate(first.replies[0].id, false)
        expect(res.chat.unhelpful_count).toBe(1)
        const second = await ask("How does auto-renew work when my subscription renews?")
        res = await rate(second.id, true)
        expect(res.chat.unhelpful_count).toBe(0)
        const third = await ask("How do I turn on two-factor authentication (2FA)?")
        const fourth = await ask("How do I add an MX record in DNS for my domain?")
        expect((await rate(third.id, false)).handed_over).toBe(false)
        res = await rate(fourth.id, false)
        expect(res).toMatchObject({ handed_over: true, chat: { status: "waiting", unhelpful_count: 2 } })
        const { data } = await api.get(`/store/chats/${chatId}`, shopper.headers)
        expect(data.messages[data.messages.length - 1]).toMatchObject({ author_type: "system", body: expect.stringMatching(/didn't help/) })
        // feedback only on bot answers
        const own = data.messages.find((m: any) => m.author_type === "customer")
        expect(await statusOf(api.post(`/store/chats/${chatId}/messages/${own.id}/feedback`, { helpful: false }, shopper.headers))).toBe(400)
      })

      it("hands over on request from the handover route", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        const { data } = await api.post(`/store/chats/${chat.id}/handover`, {}, shopper.headers)
        expect(data.chat.status).toBe("waiting")
        expect(data.messages).toHaveLength(1)
        // asking again changes nothing
        const { data: again } = await api.post(`/store/chats/${chat.id}/handover`, {}, shopper.headers)
        expect(again.messages).toEqual([])
      })
    })

    /** Waits until the event was emitted (the spec subscribes through the event bus). */
    const seenEvents: { name: string; data: any }[] = []
    beforeAll(() => {
      const bus = getContainer().resolve("event_bus") as any
      for (const name of ["chat.handed_over", "chat.converted", "chat.message_created"]) {
        bus.subscribe(name, async (event: any) => {
          seenEvents.push({ name, data: event.data })
        }, { subscriberId: `chat-spec-${name}` })
      }
    })
    async function expectEvent(name: string, id: string) {
      for (let i = 0; i < 50 && !seenEvents.some((e) => e.name === name && e.data.id === id); i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(seenEvents.filter((e) => e.name === name && e.data.id === id).length).toBeGreaterThan(0)
    }

    describe("admin actions", () => {
      it("takes, transfers and closes chats; the customer sees who has it", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        // a second admin (Medusa adds admins by invite; the user module is what an accepted invite writes)
        const second = await (getContainer().resolve("user") as any).createUsers({
          email: `second-admin-${Date.now()}@cloudservices.local`,
          first_name: "Bo",
        })

        let { data } = await api.post(`/admin/chats/${chat.id}/take`, {}, admin)
        expect(data.chat).toMatchObject({ status: "active", assigned_user_id: adminUser.id })
        expect(await statusOf(api.post(`/admin/chats/${chat.id}/take`, {}, admin))).toBe(400)
        ;({ data } = await api.post(`/admin/chats/${chat.id}/transfer`, { user_id: second.id }, admin))
        expect(data.chat).toMatchObject({ status: "active", assigned_user_id: second.id, assigned_user: { first_name: "Bo" } })
        ;({ data } = await api.get(`/admin/chats?assigned_to=${second.id}`, admin))
        expect(data.chats.map((c: any) => c.id)).toEqual([chat.id])
        ;({ data } = await api.get(`/admin/chats/${chat.id}`, admin))
        expect(data.customer.email).toBe(shopper.email)
        expect(data.messages.filter((m: any) => m.author_type === "system").map((m: any) => m.body)).toEqual([
          expect.stringContaining("joined the chat"),
          expect.stringContaining("passed this chat to Bo"),
        ])
        ;({ data } = await api.post(`/admin/chats/${chat.id}/close`, {}, admin))
        expect(data.chat.status).toBe("closed")
        expect(data.chat.closed_at).toBeTruthy()
        const { data: seen } = await api.get(`/store/chats/${chat.id}`, shopper.headers)
        expect(seen.messages[seen.messages.length - 1].body).toBe("Chat closed by our support team.")
        expect(await statusOf(api.post(`/admin/chats/${chat.id}/take`, {}, admin))).toBe(400)
      })

      it("converts a chat into a ticket with the transcript, emails the customer and closes the chat", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper, "How do I add an SSH key to my server?")
        await api.post(`/store/chats/${chat.id}/messages`, { body: "I need a person please, talk to a human" }, shopper.headers)
        await api.post(`/admin/chats/${chat.id}/messages`, { body: "Hi, I'm looking into your key problem." }, admin)
        const customer = await socketFor(shopper.headers, "store")
        const closedLive = next(customer, "chat:updated", (p) => p.chat.status === "closed")

        const { data } = await api.post(`/admin/chats/${chat.id}/convert-to-ticket`, { priority: "high" }, admin)
        expect(data.ticket).toMatchObject({ source: "chat", priority: "high", status: "open", customer_id: chat.customer_id, assignee_id: adminUser.id })
        expect(data.ticket.subject).toBe("Chat: How do I add an SSH key to my server?")
        expect(data.chat).toMatchObject({ status: "closed", ticket_id: data.ticket.id })
        expect((await closedLive).chat.ticket_id).toBe(data.ticket.id)

        const { data: tickets } = await api.get("/store/tickets", shopper.headers)
        expect(tickets.tickets.map((t: any) => t.id)).toEqual([data.ticket.id])
        const { data: detail } = await api.get(`/store/tickets/${data.ticket.id}`, shopper.headers)
        const transcript = detail.ticket.messages[0].body
        expect(transcript).toContain("How do I add an SSH key to my server?")
        expect(transcript).toContain("Assistant:")
        expect(transcript).toContain("Hi, I'm looking into your key problem.")
        expect(transcript).toContain("Ada: I need a person please")

        const mails = await emails(shopper.email, "ticket_created")
        expect(mails).toHaveLength(1)
        const { data: chatView } = await api.get(`/store/chats/${chat.id}`, shopper.headers)
        expect(chatView.messages[chatView.messages.length - 1].body).toContain(data.ticket.number)
        await expectEvent("chat.converted", chat.id)
        // once only
        expect(await statusOf(api.post(`/admin/chats/${chat.id}/convert-to-ticket`, {}, admin))).toBe(400)
      })
    })

    describe("one write path: postChatMessageWorkflow", () => {
      it("writes in one statement with the chat's state: first admin reply takes the chat, closed 400, others' chats 404, nothing written", async () => {
        const container = getContainer()
        const owner = await registerCustomer(api, ctx)
        const other = await registerCustomer(api, ctx)
        const { chat } = await startChat(owner)
        await api.post(`/store/chats/${chat.id}/handover`, {}, owner.headers)
        const post = (input: Record<string, unknown>) =>
          postChatMessageWorkflow(container).run({ input: { chat_id: chat.id, asOf: new Date(), ...input } as any })
        const fromCustomer = (body: string, customerId = chat.customer_id) =>
          post({ customer_id: customerId, author_type: "customer", author_id: customerId, body })
        const fromAdmin = (body: string) => post({ author_type: "admin", author_id: adminUser.id, body })

        // waiting: the customer's words change nothing but the counters and the activity time
        const asOf = new Date(Date.now() - 1000)
        await post({ customer_id: chat.customer_id, author_type: "customer", author_id: chat.customer_id, body: "anyone there?", asOf })
        let { data } = await api.get(`/admin/chats/${chat.id}`, admin)
        expect(data.chat).toMatchObject({ status: "waiting", assigned_user_id: null, admin_unread_count: 1, last_message_at: asOf.toISOString() })
        expect(data.messages[data.messages.length - 1]).toMatchObject({ author_type: "customer", author_name: "Ada", body: "anyone there?", attachments: [] })

        // the first admin reply makes the chat active and theirs
        const { result } = await fromAdmin("Hi, I'm here.")
        expect(result.reply_ids).toEqual([])
        ;({ data } = await api.get(`/admin/chats/${chat.id}`, admin))
        expect(data.chat).toMatchObject({ status: "active", assigned_user_id: adminUser.id, waiting_since: null, customer_unread_count: 1, admin_unread_count: 1 })
        await fromAdmin("Looking at it.")

        // someone else's chat: 404 and nothing written
        const otherId = (await api.get("/store/customers/me", other.headers)).data.customer.id
        await expect(fromCustomer("let me in", otherId)).rejects.toMatchObject({ type: "not_found" })
        ;({ data } = await api.get(`/admin/chats/${chat.id}`, admin))
        expect(data.chat).toMatchObject({ customer_unread_count: 2, admin_unread_count: 1 })
        expect(data.messages.map((m: any) => m.body)).not.toContain("let me in")

        // closed: 400 for both sides, nothing written
        await api.post(`/store/chats/${chat.id}/close`, {}, owner.headers)
        await expect(fromCustomer("still there?")).rejects.toMatchObject({ type: "not_allowed" })
        await expect(fromAdmin("hello?")).rejects.toMatchObject({ type: "not_allowed" })
        const { data: after } = await api.get(`/admin/chats/${chat.id}`, admin)
        expect(after.chat).toMatchObject({ status: "closed", customer_unread_count: 2, admin_unread_count: 1 })
        expect(after.messages.length).toBe(data.messages.length + 1) // the close line only
        // each written message raised its event once
        await expectEvent("chat.message_created", chat.id)
        expect(seenEvents.filter((e) => e.name === "chat.message_created" && e.data.message_id === result.message_id)).toEqual([
          { name: "chat.message_created", data: { id: chat.id, message_id: result.message_id } },
        ])
      })

      it("undoes the write when the workflow fails after it: message gone, counters, activity time and state restored", async () => {
        const chats = chatModule()
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        await api.post(`/store/chats/${chat.id}/handover`, {}, shopper.headers)
        const { data: before } = await api.get(`/admin/chats/${chat.id}`, admin)
        const posted = await chats.postMessage({
          chat_id: chat.id,
          author_type: "admin",
          author_id: adminUser.id,
          author_name: "Sam",
          body: "to be undone",
          at: new Date(),
        })
        expect(posted!.chat).toMatchObject({ id: chat.id, status: "active" })
        // the compensation gets its input back through the workflow engine (dates as strings)
        await chats.unpostMessage(JSON.parse(JSON.stringify(posted!.undo)))
        const { data: after } = await api.get(`/admin/chats/${chat.id}`, admin)
        expect(after.messages).toEqual(before.messages)
        const state = (c: any) => [c.status, c.assigned_user_id, c.waiting_since, c.last_message_at, c.customer_unread_count, c.admin_unread_count]
        expect(state(after.chat)).toEqual(state(before.chat))
      })
    })

    describe("blocking a customer", () => {
      it("drops the customer's sockets once the account is suspended; the ticket they had no longer connects", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        const { data: ticket } = await api.get("/store/chats/socket", shopper.headers)
        const socket = await open(ticket.url, ticket.token)
        expect((await ack(socket, "chat:typing", { chat_id: chat.id, typing: true })).ok).toBe(true)
        const dropped = new Promise<string>((resolve) => socket.once("disconnect", resolve))
        await api.post(`/admin/customers/${chat.customer_id}/suspend`, { reason: "Chargeback fraud" }, admin)
        expect(await dropped).toBe("io server disconnect")
        expect(await refused(ticket.url, ticket.token)).toBe("unauthorized")
        // and gets no new one
        expect(await statusOf(api.get("/store/chats/socket", shopper.headers))).toBe(401)
      })

      it("lets an admin viewing as the customer listen read-only, and drops that socket when the view ends", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        const { data: view } = await api.post("/admin/impersonation", { customer_id: chat.customer_id, reason: "Customer says the chat is stuck" }, admin)
        const as = { headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${view.token}` } }
        const { data: ticket } = await api.get("/store/chats/socket", as)
        const socket = await open(ticket.url, ticket.token)
        expect((await ack(socket, "chat:join", { chat_id: chat.id })).ok).toBe(true)
        expect(await ack(socket, "chat:typing", { chat_id: chat.id, typing: true })).toMatchObject({ ok: false, error: { status: 400 } })
        const heard = next(socket, "chat:message", (p) => p.message.body === "seen by the viewer")
        await api.post(`/store/chats/${chat.id}/messages`, { body: "seen by the viewer" }, shopper.headers)
        await heard
        const dropped = new Promise<string>((resolve) => socket.once("disconnect", resolve))
        await api.post(`/admin/impersonation/${view.session.id}/end`, {}, admin)
        expect(await dropped).toBe("io server disconnect")
        expect(await refused(ticket.url, ticket.token)).toBe("unauthorized")
        // the customer's own sockets stay
        const own = await socketFor(shopper.headers, "store")
        expect(own.connected).toBe(true)
      })
    })

    describe("across two socket.io server instances (Redis adapter)", () => {
      let second: ChatSocketServer | null = null
      afterAll(async () => {
        await second?.close()
      })

      it("delivers what a request served by instance A writes to a client connected to instance B, and the other way", async () => {
        if (skippedWithoutRedis()) {
          return
        }
        second = await chatModule().createSocketServer(0)
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        await api.post(`/admin/chats/${chat.id}/take`, {}, admin)
        const onA = await socketFor(shopper.headers, "store")
        const onB = await socketFor(admin, "admin", `http://localhost:${second.port}`)
        expect((await ack(onB, "chat:join", { chat_id: chat.id })).ok).toBe(true)

        // customer's REST → admin socket on B
        const toB = next(onB, "chat:message", (p) => p.message.body === "written over REST")
        await api.post(`/store/chats/${chat.id}/messages`, { body: "written over REST" }, shopper.headers)
        expect((await toB).chat_id).toBe(chat.id)
        // admin's REST → customer socket on A; typing on B → A
        const typingOnA = next(onA, "chat:typing")
        await ack(onB, "chat:typing", { chat_id: chat.id, typing: true })
        expect((await typingOnA).author_type).toBe("admin")
        const toA = next(onA, "chat:message", (p) => p.message.body === "answer for A")
        await api.post(`/admin/chats/${chat.id}/messages`, { body: "answer for A" }, admin)
        expect((await toA).message.author_type).toBe("admin")
      })
    })

    describe("from a process without a socket server (a worker), through the Redis emitter", () => {
      it("reaches a socket on a server instance with a workflow's changes, and blocking the customer drops it there", async () => {
        if (skippedWithoutRedis()) {
          return
        }
        const container = getContainer()
        const chats = chatModule()
        const server = await chats.createSocketServer(0)
        const url = `http://localhost:${server.port}`
        try {
          const shopper = await registerCustomer(api, ctx)
          const { chat } = await startChat(shopper)
          const { data: ticket } = await api.get("/store/chats/socket", shopper.headers)
          const socket = await open(url, ticket.token)
          // this process now runs no socket server: as a worker, it reaches sockets only through Redis
          const stopped = arrives(socket, "disconnect")
          await chats.stopSocketServer()
          expect(chats.socketUrl({ protocol: "http", hostname: "localhost" })).toBeNull()
          // stopping one instance drops only its own sockets
          expect(await stopped).toBe(false)

          const heard = next(socket, "chat:message", (p) => p.message.body === "from a workflow")
          const updated = next(socket, "chat:updated", (p) => p.chat.id === chat.id && p.chat.status === "active")
          const { result } = await postChatMessageWorkflow(container).run({
            input: { chat_id: chat.id, author_type: "admin", author_id: adminUser.id, body: "from a workflow", asOf: new Date() },
          })
          expect((await heard).message.id).toBe(result.message_id)
          expect((await updated).chat).toMatchObject({ assigned_user_id: adminUser.id, unread_count: 1 })

          const dropped = new Promise<string>((resolve) => socket.once("disconnect", resolve))
          await api.post(`/admin/customers/${chat.customer_id}/suspend`, { reason: "Drill: blocked from a worker" }, admin)
          expect(await dropped).toBe("io server disconnect")
          expect(await refused(url, ticket.token)).toBe("unauthorized")
        } finally {
          await chats.startSocketServer()
          await server.close()
        }
      })
    })
  },
})
