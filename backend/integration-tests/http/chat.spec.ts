import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { errorOf, registerCustomer, statusOf, type StoreContext } from "../helpers"
import { setupChatSpec, Headers, next, arrives, ack } from "../chat-setup"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api } = runner
    const s = setupChatSpec(runner)
    const { startChat, socketFor, refused, expectEvent } = s
    let ctx: StoreContext
    let admin: Headers
    let adminUser: { id: string; email: string; first_name?: string | null }
    const refresh = () => ({ ctx, admin, adminUser } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
  },
})
