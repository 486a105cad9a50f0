import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import net from "net"
import { io as connect, type Socket } from "socket.io-client"
import { startChatGateway } from "../../src/modules/chat/realtime/gateway"
import type { ChatSocketServer } from "../../src/modules/chat/realtime/server"
import { fetchMessagesById } from "../../src/lib/chats"
import { postChatMessage, postChatMessageWorkflow } from "../../src/workflows/chat"
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
beforeAll(async () => {
  withRedis = await redisAnswers()
  if (withRedis) {
    process.env.CHAT_REDIS_URL = `redis://${REDIS.host}:${REDIS.port}`
  } else {
    // eslint-disable-next-line no-console
    console.warn("chat.spec: no Redis at 127.0.0.1:6379 — the cross-instance socket test is skipped")
  }
})

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

    /** A socket.io client signed in with the token of GET /store|admin/chats/socket. */
    async function socketFor(headers: Headers, side: "store" | "admin", url?: string) {
      const { data } = await api.get(`/${side}/chats/socket`, headers)
      const socket = connect(url ?? data.url, { auth: { token: data.token }, transports: ["websocket"], forceNew: true, reconnection: false })
      sockets.push(socket)
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve())
        socket.once("connect_error", reject)
      })
      return socket
    }

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
      it("lets a customer and an admin talk live: messages, typing, unread counts, and REST writes reach the sockets", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        expect(chat).toMatchObject({ status: "bot", unread_count: 0 })

        const { data: ticket } = await api.get("/store/chats/socket", shopper.headers)
        expect(ticket.url).toMatch(/^http:\/\/localhost:\d+$/)
        const claims = JSON.parse(Buffer.from(ticket.token.split(".")[1], "base64url").toString())
        expect(claims.exp - claims.iat).toBe(15 * 60)

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

        // the customer types, then sends over the socket: the admin sees both, live
        const typing = next(staff, "chat:typing")
        expect((await ack(customer, "chat:typing", { chat_id: chat.id, typing: true })).ok).toBe(true)
        expect(await typing).toMatchObject({ chat_id: chat.id, author_type: "customer", typing: true, author_name: "Ada" })

        const atAdmin = next(staff, "chat:message", (p) => p.message.author_type === "customer")
        const inbox = next(staff, "chat:updated", (p) => p.chat.id === chat.id && p.chat.admin_unread_count === 1)
        const sent = await ack(customer, "chat:send", { chat_id: chat.id, body: "My VPS does not boot" })
        expect(sent.ok).toBe(true)
        expect(sent.data.message).toMatchObject({ author_type: "customer", body: "My VPS does not boot", chat_id: chat.id })
        expect(sent.data.replies).toEqual([]) // a person has the chat: no bot answer
        expect((await atAdmin).message).toMatchObject({ id: sent.data.message.id, body: "My VPS does not boot", author_name: "Ada" })
        expect((await inbox).chat).toMatchObject({ unread_count: 1, last_message: { body: "My VPS does not boot" } })

        // the admin types and answers over the socket
        const adminTyping = next(customer, "chat:typing")
        await ack(staff, "chat:typing", { chat_id: chat.id, typing: true })
        expect(await adminTyping).toMatchObject({ chat_id: chat.id, author_type: "admin", typing: true })
        const atCustomer = next(customer, "chat:message", (p) => p.message.author_type === "admin")
        const unreadForCustomer = next(customer, "chat:updated", (p) => p.chat.unread_count === 1)
        const answer = await ack(staff, "chat:send", { chat_id: chat.id, body: "Rebooting the host now." })
        expect(answer.ok).toBe(true)
        expect((await atCustomer).message).toMatchObject({ body: "Rebooting the host now.", author_type: "admin" })
        expect((await unreadForCustomer).chat.customer_unread_count).toBe(1)

        // a REST message reaches the sockets too
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

        // reading resets them: the customer by socket, the admin over REST
        const read = await ack(customer, "chat:read", { chat_id: chat.id })
        expect(read.data.chat.unread_count).toBe(0)
        await api.post(`/admin/chats/${chat.id}/read`, {}, admin)
        ;({ data: list } = await api.get(`/admin/chats?status=open&assigned_to=me`, admin))
        expect(list.chats.find((c: any) => c.id === chat.id).unread_count).toBe(0)
        ;({ data: mine } = await api.get("/store/chats", shopper.headers))
        expect(mine.chats[0].unread_count).toBe(0)

        // bad socket input is refused in the ack, not crashed on
        expect(await ack(customer, "chat:send", { chat_id: chat.id, body: "" })).toMatchObject({ ok: false, error: { status: 400 } })
        expect(await ack(customer, "chat:send", { chat_id: chat.id, body: "x".repeat(4001) })).toMatchObject({ ok: false, error: { status: 400 } })
        expect(await ack(customer, "chat:join", { nope: 1 })).toMatchObject({ ok: false, error: { status: 400 } })

        // an unsigned or forged token does not connect
        for (const token of [undefined, "not-a-jwt", ticket.token.slice(0, -4) + "abcd"]) {
          const bad = connect(ticket.url, { auth: token ? { token } : {}, transports: ["websocket"], forceNew: true, reconnection: false })
          sockets.push(bad)
          const error = await new Promise<Error>((resolve) => bad.once("connect_error", resolve))
          expect(error.message).toBe("unauthorized")
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
        expect(await ack(intruder, "chat:send", { chat_id: id, body: "let me in" })).toMatchObject({ ok: false, error: { status: 404 } })
        expect(await ack(intruder, "chat:typing", { chat_id: id, typing: true })).toMatchObject({ ok: false, error: { status: 404 } })
        // nothing the owner says reaches the other customer's socket
        const leak = arrives(intruder, "chat:message")
        await api.post(`/store/chats/${id}/messages`, { body: "private words" }, owner.headers)
        expect(await leak).toBe(false)
        const { data: after } = await api.get(`/store/chats/${id}`, owner.headers)
        expect(after.messages.some((m: any) => m.body === "hi" || m.body === "let me in")).toBe(false)

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
      for (const name of ["chat.handed_over", "chat.converted", "chat.message_created", "chat.chat-message.created"]) {
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

    describe("the lean message path", () => {
      /** Ids and times replaced by placeholders, so two writes to two chats compare. */
      function normalised(value: unknown, names: Record<string, string>): unknown {
        const text = JSON.stringify(value, (_k, v) => (typeof v === "string" && names[v] ? names[v] : v))
        return JSON.parse(text, (k, v) =>
          typeof v === "string" && (/_at$/.test(k) || k === "waiting_since") ? "<time>" : typeof v === "string" && /^chatmsg_/.test(v) ? "<message>" : v
        )
      }

      /** Two customers, each in an active chat the admin took, with both sockets listening. */
      async function twoActiveChats() {
        const pair = await Promise.all([registerCustomer(api, ctx), registerCustomer(api, ctx)])
        const out: { shopper: (typeof pair)[number]; chat: any; socket: Socket }[] = []
        for (const shopper of pair) {
          const { chat } = await startChat(shopper)
          await api.post(`/admin/chats/${chat.id}/take`, {}, admin)
          out.push({ shopper, chat, socket: await socketFor(shopper.headers, "store") })
        }
        const staff = await socketFor(admin, "admin")
        for (const { chat } of out) {
          expect((await ack(staff, "chat:join", { chat_id: chat.id })).ok).toBe(true)
        }
        return { chats: out, staff }
      }

      it("writes a plain message with the same chat state, socket payloads, answer and events as the workflow", async () => {
        const container = getContainer()
        const { chats, staff } = await twoActiveChats()
        const [lean, full] = chats
        for (const author of ["customer", "admin"] as const) {
          const asOf = new Date(Date.now() - 1000)
          const body = `the same words from the ${author}`
          const heard = ({ chat, socket }: (typeof chats)[number]) =>
            Promise.all([
              next(socket, "chat:message", (p) => p.message.body === body),
              next(socket, "chat:updated", (p) => p.chat.id === chat.id),
              next(staff, "chat:message", (p) => p.message.body === body && p.chat_id === chat.id),
              next(staff, "chat:updated", (p) => p.chat.id === chat.id && p.chat.last_message?.body === body),
            ])
          const input = (c: (typeof chats)[number]) => ({
            chat_id: c.chat.id,
            customer_id: author === "customer" ? c.chat.customer_id : undefined,
            author_type: author,
            author_id: author === "customer" ? c.chat.customer_id : adminUser.id,
            body,
            asOf,
          })

          const leanHeard = heard(lean)
          const viaLean = await postChatMessage(container, input(lean), author === "customer" ? "store" : "admin")
          expect(viaLean.path).toBe("lean")
          const fullHeard = heard(full)
          const { result } = await postChatMessageWorkflow(container).run({ input: input(full) })
          expect(result.reply_ids).toEqual([])

          const names = (c: (typeof chats)[number]) => ({ [c.chat.id]: "<chat>", [c.chat.customer_id]: "<customer>", [c.shopper.email]: "<email>" })
          // what every socket heard: the same payloads
          expect(normalised(await leanHeard, names(lean))).toEqual(normalised(await fullHeard, names(full)))
          // the answer: the same message
          const [fullMessage] = await fetchMessagesById(container, [result.message_id], author === "customer" ? "store" : "admin")
          expect(normalised(viaLean.message, names(lean))).toEqual(normalised(fullMessage, names(full)))
          expect(viaLean.message).toMatchObject({ author_type: author, body, author_name: author === "customer" ? "Ada" : expect.any(String), attachments: [] })
          // the stored chats: same counters, status, assignee; activity time = asOf
          const stored = await Promise.all([lean, full].map(async (c) => (await api.get(`/admin/chats/${c.chat.id}`, admin)).data))
          expect(normalised(stored[0].chat, names(lean))).toEqual(normalised(stored[1].chat, names(full)))
          expect(stored[0].chat).toMatchObject({ status: "active", assigned_user_id: adminUser.id, last_message_at: asOf.toISOString() })
          expect(normalised(stored[0].messages, names(lean))).toEqual(normalised(stored[1].messages, names(full)))
          // the same events, one of each per message
          for (const [c, messageId] of [[lean, viaLean.message.id], [full, result.message_id]] as const) {
            await expectEvent("chat.message_created", c.chat.id)
            for (let i = 0; i < 50 && !seenEvents.some((e) => e.name === "chat.chat-message.created" && e.data.id === messageId); i++) {
              await new Promise((r) => setTimeout(r, 100))
            }
            expect(seenEvents.filter((e) => e.name === "chat.message_created" && e.data.message_id === messageId)).toEqual([
              { name: "chat.message_created", data: { id: c.chat.id, message_id: messageId } },
            ])
            expect(seenEvents.filter((e) => e.name === "chat.chat-message.created" && e.data.id === messageId)).toHaveLength(1)
          }
        }
        // counters of both sides moved once per message: the customer's line for the admins, the admin's for the customer
        const { data } = await api.get(`/admin/chats/${lean.chat.id}`, admin)
        expect(data.chat).toMatchObject({ admin_unread_count: 1, customer_unread_count: 1 })
      })

      it("leaves state changes and refusals to the workflow: first admin reply takes the chat, closed 400, others' chats 404, nothing written", async () => {
        const container = getContainer()
        const owner = await registerCustomer(api, ctx)
        const other = await registerCustomer(api, ctx)
        const { chat } = await startChat(owner)
        await api.post(`/store/chats/${chat.id}/handover`, {}, owner.headers)
        const customerInput = (body: string, customerId = chat.customer_id) =>
          ({ chat_id: chat.id, customer_id: customerId, author_type: "customer" as const, author_id: customerId, body, asOf: new Date() })
        const adminInput = (body: string) => ({ chat_id: chat.id, author_type: "admin" as const, author_id: adminUser.id, body, asOf: new Date() })

        // waiting: the customer's words take the lean path (no state change)
        expect((await postChatMessage(container, customerInput("anyone there?"), "store")).path).toBe("lean")
        // the first admin reply changes the chat (active and theirs): the workflow, with its compensation
        const first = await postChatMessage(container, adminInput("Hi, I'm here."), "admin")
        expect(first.path).toBe("workflow")
        let { data } = await api.get(`/admin/chats/${chat.id}`, admin)
        expect(data.chat).toMatchObject({ status: "active", assigned_user_id: adminUser.id, waiting_since: null, customer_unread_count: 1, admin_unread_count: 1 })
        expect((await postChatMessage(container, adminInput("Looking at it."), "admin")).path).toBe("lean")

        // someone else's chat: 404 and nothing written (the lean statement matched no row)
        const otherId = (await api.get("/store/customers/me", other.headers)).data.customer.id
        await expect(postChatMessage(container, customerInput("let me in", otherId), "store")).rejects.toMatchObject({ type: "not_found" })
        ;({ data } = await api.get(`/admin/chats/${chat.id}`, admin))
        expect(data.chat).toMatchObject({ customer_unread_count: 2, admin_unread_count: 1 })
        expect(data.messages.map((m: any) => m.body)).not.toContain("let me in")

        // closed: 400 for both sides, nothing written
        await api.post(`/store/chats/${chat.id}/close`, {}, owner.headers)
        await expect(postChatMessage(container, customerInput("still there?"), "store")).rejects.toMatchObject({ type: "not_allowed" })
        await expect(postChatMessage(container, adminInput("hello?"), "admin")).rejects.toMatchObject({ type: "not_allowed" })
        const { data: after } = await api.get(`/admin/chats/${chat.id}`, admin)
        expect(after.chat).toMatchObject({ status: "closed", customer_unread_count: 2, admin_unread_count: 1 })
        expect(after.messages.length).toBe(data.messages.length + 1) // the close line only
      })

      it("drops a customer's sockets once the account is suspended", async () => {
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        const socket = await socketFor(shopper.headers, "store")
        expect((await ack(socket, "chat:typing", { chat_id: chat.id, typing: true })).ok).toBe(true)
        const dropped = new Promise<string>((resolve) => socket.once("disconnect", resolve))
        await api.post(`/admin/customers/${chat.customer_id}/suspend`, { reason: "Chargeback fraud" }, admin)
        expect(await dropped).toBe("io server disconnect")
        // and can't come back with the token it had
        const { data: ticket } = await api.get("/admin/chats/socket", admin)
        const again = connect(ticket.url, { auth: { token: shopper.token }, transports: ["websocket"], forceNew: true, reconnection: false })
        sockets.push(again)
        expect((await new Promise<Error>((resolve) => again.once("connect_error", resolve))).message).toBe("unauthorized")
      })
    })

    describe("across two socket.io server instances (Redis adapter)", () => {
      let second: ChatSocketServer | null = null
      afterAll(async () => {
        await second?.close()
      })

      it("delivers a message written on instance A to a client connected to instance B, and the other way", async () => {
        if (!withRedis) {
          // CI machines run Redis: there, a missing one is a failure, not a silent pass
          expect(process.env.CI ? "no Redis at 127.0.0.1:6379" : "skipped").toBe("skipped")
          // eslint-disable-next-line no-console
          console.warn("chat.spec: skipped the cross-instance test (no Redis at 127.0.0.1:6379)")
          return
        }
        const container = getContainer()
        second = await startChatGateway({
          port: 0,
          redisUrl: process.env.CHAT_REDIS_URL,
          redisKey: process.env.CHAT_REDIS_KEY,
          cors: [],
          logger: container.resolve(ContainerRegistrationKeys.LOGGER),
          container,
        })
        const shopper = await registerCustomer(api, ctx)
        const { chat } = await startChat(shopper)
        await api.post(`/admin/chats/${chat.id}/take`, {}, admin)
        const onA = await socketFor(shopper.headers, "store")
        const onB = await socketFor(admin, "admin", `http://localhost:${second.port}`)
        expect((await ack(onB, "chat:join", { chat_id: chat.id })).ok).toBe(true)

        // REST (instance A's process) → admin socket on B
        const viaRest = next(onB, "chat:message", (p) => p.message.body === "written over REST")
        await api.post(`/store/chats/${chat.id}/messages`, { body: "written over REST" }, shopper.headers)
        expect((await viaRest).chat_id).toBe(chat.id)
        // socket on A → socket on B, and B → A
        const aToB = next(onB, "chat:message", (p) => p.message.body === "from a socket on A")
        expect((await ack(onA, "chat:send", { chat_id: chat.id, body: "from a socket on A" })).ok).toBe(true)
        await aToB
        const bToA = next(onA, "chat:message", (p) => p.message.body === "answer from B")
        const typingOnA = next(onA, "chat:typing")
        await ack(onB, "chat:typing", { chat_id: chat.id, typing: true })
        expect((await typingOnA).author_type).toBe("admin")
        expect((await ack(onB, "chat:send", { chat_id: chat.id, body: "answer from B" })).ok).toBe(true)
        expect((await bToA).message.author_type).toBe("admin")
      })
    })
  },
})
