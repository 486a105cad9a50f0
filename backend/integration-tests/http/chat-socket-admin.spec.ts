import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ChatSocketServer } from "../../src/modules/chat/realtime/server"
import { postChatMessageWorkflow } from "../../src/workflows/chat"
import { registerCustomer, statusOf, type StoreContext } from "../helpers"
import { setupChatSpec, Headers, skippedWithoutRedis, next, arrives, ack } from "../chat-setup"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const s = setupChatSpec(runner)
    const { chatModule, startChat, seenEvents, open, socketFor, refused, emails, expectEvent } = s
    let ctx: StoreContext
    let admin: Headers
    let adminUser: { id: string; email: string; first_name?: string | null }
    const refresh = () => ({ ctx, admin, adminUser } = s.state())
    beforeAll(refresh)
    beforeEach(refresh)

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
