import type { Context, Logger } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService, parseCorsOrigins } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { DEFAULT_CHAT_REDIS_KEY, SOCKET_TICKET_TTL_SECONDS, type ChatAttachment, type ChatModuleOptions } from "./constants"
import ChatConversation from "./models/chat-conversation"
import ChatMessage from "./models/chat-message"
import { broadcastChatChange } from "./realtime/broadcast"
import { startChatGateway } from "./realtime/gateway"
import { emitterPublisher, localPublisher, type ChatPublisher } from "./realtime/publisher"
import { ADMINS_ROOM, customerRoom, impersonationRoom } from "./realtime/rooms"
import type { ChatSocketServer } from "./realtime/server"
import { ChatSocketTickets, memoryRevocations, redisRevocations, type ChatSocketActor, type RevocationStore } from "./realtime/tickets"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
type Deps = { logger: Logger; configModule: { projectConfig: { workerMode?: string } } }

const SOCKET_SERVING_CLI_COMMANDS = ["start", "develop"]

/**
 * Whether this process serves HTTP and so should run the socket server:
 * not a worker, and not a Medusa CLI command other than start/develop
 * (`medusa exec`, `db:migrate`, `user` … load every module in "server"
 * mode but serve nothing). Processes not started by the CLI (the
 * integration test runner) serve.
 */
export function servesHttp(workerMode: string | undefined, argv = process.argv) {
  if (workerMode === "worker") {
    return false
  }
  const cli = /(^|[\\/])medusa$|@medusajs[\\/]cli[\\/]cli\.js$/.test(argv[1] ?? "")
  if (!cli) {
    return true
  }
  const command = argv.slice(2).find((a) => !a.startsWith("-"))
  return SOCKET_SERVING_CLI_COMMANDS.includes(command ?? "")
}

/** The prior state `postMessage` returns for its compensation (`unpostMessage`). */
export type PostedMessageUndo = {
  chat_id: string
  message_id: string
  /** the counter the message raised */
  unread: "customer" | "admin"
  last_message_at: Date | null
  /** the state an admin's message changed (taking the chat), restored too; null when it changed none */
  state: { status: string; assigned_user_id: string | null; waiting_since: Date | null } | null
}

/**
 * Live chat: its two tables, and its transport — the socket.io server
 * (server processes only), the socket tickets it checks, and the one way any
 * process tells sockets something (`publishChange`, `disconnectCustomer`):
 * the socket.io Redis emitter with Redis, else this process's own server.
 * It reads nothing outside itself: tickets carry who a socket is.
 */
class ChatModuleService extends MedusaService({
  ChatConversation,
  ChatMessage,
}) {
  protected readonly logger_: Logger
  protected readonly options_: ChatModuleOptions
  protected readonly workerMode_: string | undefined
  protected readonly redisKey_: string
  protected socket_: ChatSocketServer | null = null
  protected redis_: Redis | null = null
  protected publisher_: ChatPublisher | null = null
  protected revocations_: RevocationStore | null = null
  protected tickets_: ChatSocketTickets | null = null

  __hooks = {
    onApplicationStart: async () => {
      await this.startSocketServer()
    },
    onApplicationShutdown: async () => {
      await this.stopSocketServer()
      const redis = this.redis_
      this.redis_ = null
      this.publisher_ = null
      this.revocations_ = null
      this.tickets_ = null
      await redis?.quit().catch(() => redis.disconnect())
    },
  }

  constructor(deps: Deps, options: ChatModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = deps.logger
    this.options_ = options
    this.workerMode_ = deps.configModule.projectConfig.workerMode
    this.redisKey_ = options.redisKey || DEFAULT_CHAT_REDIS_KEY
    if (typeof options.socketPort === "number" && !options.jwtSecret && servesHttp(this.workerMode_)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The chat module runs a socket server here but has no `jwtSecret` option to check its tickets with: pass the app's JWT secret in medusa-config.ts"
      )
    }
  }

  /** The URL a browser connects its socket to: CHAT_PUBLIC_URL, else the request's host on the bound port. */
  socketUrl(request: { protocol: string; hostname: string }): string | null {
    if (this.options_.publicUrl) {
      return this.options_.publicUrl
    }
    if (!this.socket_) {
      return null
    }
    return `${request.protocol}://${request.hostname}:${this.socket_.port}`
  }

  /**
   * Where `actor`'s socket connects and a short-lived ticket to connect with.
   * The caller vouches for the actor (the ticket routes run Medusa's auth and
   * the account and impersonation guards).
   */
  socketTicket(actor: ChatSocketActor, request: { protocol: string; hostname: string }) {
    const url = this.socketUrl(request)
    if (!url) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Live chat updates are not available right now: the chat still works without them")
    }
    return { url, token: this.tickets().issue(actor) }
  }

  /** Browser origins allowed on the socket (the `cors` option). */
  corsOrigins(): (string | RegExp)[] {
    const list = this.options_.cors
    const raw = Array.isArray(list) ? list.join(",") : list
    return raw ? parseCorsOrigins(raw) : []
  }

  /** Starts this process's socket server, where it serves HTTP and the options ask for one. */
  async startSocketServer() {
    const port = this.options_.socketPort
    if (this.socket_ || port === false || port === undefined || !servesHttp(this.workerMode_)) {
      return
    }
    try {
      this.socket_ = await this.createSocketServer(port)
    } catch (e) {
      this.logger_.error(`Chat socket.io server not started on port ${port}: ${(e as Error).message}`)
    }
  }

  /**
   * A socket.io server of this module on `port` (0 = any free port): the
   * process's own is started by `startSocketServer`; another one stands for a
   * second server instance (tests).
   */
  async createSocketServer(port: number): Promise<ChatSocketServer> {
    const tickets = this.tickets()
    return await startChatGateway({
      port,
      redisUrl: this.options_.redisUrl,
      redisKey: this.redisKey_,
      cors: this.corsOrigins(),
      logger: this.logger_,
      authenticate: (token) => tickets.verify(token),
      findChat: async (id) => (await this.listChatConversations({ id }, { take: 1 }))[0] ?? null,
    })
  }

  async stopSocketServer() {
    const socket = this.socket_
    this.socket_ = null
    await socket?.close()
  }

  /**
   * Tells the sockets of a chat's customer, of its room and of the admins'
   * inbox what changed (`chat:message` per new message, oldest first, then
   * `chat:updated`), from whatever process runs it. Cannot be unsent.
   */
  async publishChange(chatId: string, messageIds: string[], asOf: Date) {
    const [chat] = await this.listChatConversations({ id: chatId }, { take: 1 })
    if (!chat) {
      return
    }
    const messages = messageIds.length ? await this.listChatMessages({ id: messageIds }, { order: { created_at: "ASC", id: "ASC" } }) : []
    broadcastChatChange(this.publisher(), chat, messages, asOf)
  }

  /**
   * Tells every socket of one customer (all their tabs, on every server
   * instance) `event` with `payload`, from whatever process runs it: the
   * transport other domains' pushes go through (e.g. `notification`). The
   * caller decides what a customer may hear. Cannot be unsent.
   */
  pushToCustomer(customerId: string, event: string, payload: unknown) {
    this.publisher().emit(customerRoom(customerId), event, payload)
  }

  /** Tells every admin's socket (the `admins` room, every instance) `event` with `payload`. Cannot be unsent. */
  pushToAdmins(event: string, payload: unknown) {
    this.publisher().emit(ADMINS_ROOM, event, payload)
  }

  /**
   * Drops every socket of this customer on every instance (e.g. once the
   * account is suspended) and voids the tickets they hold, so none comes back.
   */
  async disconnectCustomer(customerId: string) {
    await this.dropRoom(customerRoom(customerId))
  }

  /** Drops the sockets opened in a view-as-customer session (it ended) and voids its tickets. */
  async disconnectImpersonation(sessionId: string) {
    await this.dropRoom(impersonationRoom(sessionId))
  }

  protected async dropRoom(room: string) {
    await this.revocations().set(room, Date.now(), SOCKET_TICKET_TTL_SECONDS * 1000)
    this.publisher().disconnect(room)
  }

  /** Redis (lazily: a process that never broadcasts opens no connection). */
  protected redis(): Redis | null {
    if (!this.redis_ && this.options_.redisUrl) {
      this.redis_ = new Redis(this.options_.redisUrl, { maxRetriesPerRequest: 3 })
      this.redis_.on("error", (e: Error) => this.logger_.warn(`chat: Redis: ${e.message}`))
    }
    return this.redis_
  }

  protected publisher(): ChatPublisher {
    const redis = this.redis()
    this.publisher_ ??= redis
      ? emitterPublisher(redis, this.redisKey_, (e) => this.logger_.warn(`chat: broadcast not published: ${e.message}`))
      : localPublisher(() => this.socket_?.io ?? null)
    return this.publisher_
  }

  protected revocations(): RevocationStore {
    const redis = this.redis()
    this.revocations_ ??= redis ? redisRevocations(redis, this.redisKey_) : memoryRevocations()
    return this.revocations_
  }

  protected tickets(): ChatSocketTickets {
    const secret = this.options_.jwtSecret
    if (!secret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The chat module has no `jwtSecret` option: it can't issue or check socket tickets")
    }
    this.tickets_ ??= new ChatSocketTickets({ secret, ttlSeconds: SOCKET_TICKET_TTL_SECONDS, revocations: this.revocations() })
    return this.tickets_
  }

  /**
   * A message was written: raises the unread counter of the side that did
   * not write it (atomically, no lost counts when both write at once) and
   * moves the activity time. Returns the conversation's counters.
   */
  @InjectManager()
  async recordActivity(
    id: string,
    { unread, at }: { unread: "customer" | "admin" | null; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as Manager
    const column = unread === "customer" ? "customer_unread_count" : unread === "admin" ? "admin_unread_count" : null
    const [row] = await manager.execute(
      `UPDATE chat_conversation SET ${column ? `${column} = ${column} + 1, ` : ""}last_message_at = ?, updated_at = now()
       WHERE id = ? RETURNING customer_unread_count, admin_unread_count`,
      [at, id]
    )
    return row as { customer_unread_count: number; admin_unread_count: number } | undefined
  }

  /**
   * Writes a customer's or admin's message in ONE statement (atomic on its
   * own, one round trip): on an open chat (for a customer, their own) it
   * inserts the message, raises the other side's unread counter, moves the
   * activity time and — an admin's message — makes the chat `active` and the
   * author's when nobody has it. Anything else (someone else's or a missing
   * chat, a closed one) writes nothing and returns null: the caller says why.
   * Returns the chat after the write, the message id and what `unpostMessage`
   * needs to undo it.
   */
  @InjectManager()
  async postMessage(
    input: {
      chat_id: string
      /** the customer's own chats only */
      customer_id?: string
      author_type: "customer" | "admin"
      author_id: string
      author_name: string
      body: string
      attachments?: ChatAttachment[]
      /** the activity time (the workflow's `asOf`) */
      at: Date
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ chat: { id: string; customer_id: string; status: string; unhelpful_count: number }; message_id: string; undo: PostedMessageUndo } | null> {
    const manager = sharedContext.manager as Manager
    const customer = input.author_type === "customer"
    const unread = customer ? "admin" : "customer"
    const counter = `${unread}_unread_count`
    // created_at/updated_at as the ORM writes them (this process's clock, ms), so later ORM rows sort after it
    const now = new Date()
    const messageId = generateEntityId(undefined, "chatmsg")
    const [row] = await manager.execute(
      `WITH before AS (
         SELECT id, status, assigned_user_id, waiting_since, last_message_at FROM chat_conversation
         WHERE id = ?${customer ? " AND customer_id = ?" : ""} AND status <> 'closed' AND deleted_at IS NULL
         FOR UPDATE
       ), c AS (
         UPDATE chat_conversation AS t SET ${counter} = t.${counter} + 1, last_message_at = ?,${
           customer ? "" : " status = 'active', assigned_user_id = COALESCE(t.assigned_user_id, ?), waiting_since = NULL,"
         } updated_at = now()
         FROM before WHERE t.id = before.id
         RETURNING t.id, t.customer_id, t.status, t.unhelpful_count
       ), m AS (
         INSERT INTO chat_message (id, conversation_id, author_type, author_id, author_name, body, attachments, created_at, updated_at)
         SELECT ?, c.id, ?, ?, ?, ?, ?::jsonb, ?, ? FROM c
         RETURNING id
       )
       SELECT c.id, c.customer_id, c.status, c.unhelpful_count, m.id AS message_id, before.status AS before_status,
         before.assigned_user_id AS before_assigned_user_id, before.waiting_since AS before_waiting_since, before.last_message_at AS before_last_message_at
       FROM c CROSS JOIN m CROSS JOIN before`,
      [
        input.chat_id,
        ...(customer ? [input.customer_id ?? ""] : []),
        input.at,
        ...(customer ? [] : [input.author_id]),
        messageId,
        input.author_type,
        input.author_id,
        input.author_name,
        input.body,
        JSON.stringify(input.attachments ?? []),
        now,
        now,
      ]
    )
    if (!row) {
      return null
    }
    const before = { status: row.before_status as string, assigned_user_id: (row.before_assigned_user_id as string | null) ?? null }
    const tookChat = !customer && (before.status !== "active" || !before.assigned_user_id)
    return {
      chat: { id: row.id as string, customer_id: row.customer_id as string, status: row.status as string, unhelpful_count: Number(row.unhelpful_count) },
      message_id: row.message_id as string,
      undo: {
        chat_id: row.id as string,
        message_id: row.message_id as string,
        unread,
        last_message_at: (row.before_last_message_at as Date | null) ?? null,
        state: tookChat ? { ...before, waiting_since: (row.before_waiting_since as Date | null) ?? null } : null,
      },
    }
  }

  /** Undoes one `postMessage` in one statement: the message goes, the counter, activity time and any state it changed come back. */
  @InjectManager()
  async unpostMessage(undo: PostedMessageUndo, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    const counter = `${undo.unread === "admin" ? "admin" : "customer"}_unread_count`
    await manager.execute(
      `WITH m AS (DELETE FROM chat_message WHERE id = ?)
       UPDATE chat_conversation SET ${counter} = GREATEST(${counter} - 1, 0), last_message_at = ?,${
         undo.state ? " status = ?, assigned_user_id = ?, waiting_since = ?," : ""
       } updated_at = now() WHERE id = ?`,
      [
        undo.message_id,
        undo.last_message_at,
        ...(undo.state ? [undo.state.status, undo.state.assigned_user_id, undo.state.waiting_since] : []),
        undo.chat_id,
      ]
    )
  }

  /** The newest message of each of these chats (one query, for lists). */
  @InjectManager()
  async lastMessages(chatIds: string[], @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    return await manager.execute(
      `SELECT DISTINCT ON (conversation_id) id, conversation_id, author_type, author_id, author_name, body, attachments, citations, helpful, created_at
       FROM chat_message WHERE conversation_id IN (${chatIds.map(() => "?").join(", ")}) AND deleted_at IS NULL
       ORDER BY conversation_id, created_at DESC, id DESC`,
      chatIds
    )
  }

  /** Adds `delta` to the consecutive-unhelpful counter (or resets it with `reset`), atomically; returns the new value. */
  @InjectManager()
  async adjustUnhelpful(id: string, change: { delta: number } | { reset: true }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    const value = "reset" in change ? "0" : `GREATEST(unhelpful_count + ${Math.trunc(change.delta)}, 0)`
    const [row] = await manager.execute(
      `UPDATE chat_conversation SET unhelpful_count = ${value}, updated_at = now() WHERE id = ? RETURNING unhelpful_count`,
      [id]
    )
    return Number(row?.unhelpful_count ?? 0)
  }
}

export default ChatModuleService
