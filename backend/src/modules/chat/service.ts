import type { Context, Logger } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService, parseCorsOrigins } from "@medusajs/framework/utils"
import type { ChatModuleOptions } from "./constants"
import ChatConversation from "./models/chat-conversation"
import ChatMessage from "./models/chat-message"
import { startChatGateway } from "./realtime/gateway"
import { customerRoom, type ChatSocketServer } from "./realtime/server"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
type Deps = { logger: Logger; configModule: { projectConfig: { workerMode?: string; http: Record<string, unknown> } } }

const SOCKET_SERVING_CLI_COMMANDS = ["start", "develop"]

/** The conversation's columns as the APIs present them (present.ts) — what the lean path returns. */
const CONVERSATION_COLUMNS = [
  "id",
  "customer_id",
  "status",
  "assigned_user_id",
  "subject",
  "ticket_id",
  "unhelpful_count",
  "customer_unread_count",
  "admin_unread_count",
  "last_message_at",
  "waiting_since",
  "closed_at",
  "created_at",
  "updated_at",
]
const MESSAGE_COLUMNS = ["id", "conversation_id", "author_type", "author_id", "author_name", "body", "attachments", "citations", "helpful", "created_at"]

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

class ChatModuleService extends MedusaService({
  ChatConversation,
  ChatMessage,
}) {
  protected readonly logger_: Logger
  protected readonly options_: ChatModuleOptions
  protected readonly workerMode_: string | undefined
  protected readonly http_: Record<string, unknown>
  protected socket_: ChatSocketServer | null = null

  __hooks = {
    onApplicationStart: async () => {
      await this.startSocketServer()
    },
    onApplicationShutdown: async () => {
      await this.stopSocketServer()
    },
  }

  constructor(deps: Deps, options: ChatModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = deps.logger
    this.options_ = options
    this.workerMode_ = deps.configModule.projectConfig.workerMode
    this.http_ = deps.configModule.projectConfig.http
  }

  /** The socket.io server of this process, when it runs one. */
  get socketServer(): ChatSocketServer | null {
    return this.socket_
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

  /** Browser origins allowed on the socket: the module's `cors`, else STORE_CORS and ADMIN_CORS. */
  corsOrigins(): (string | RegExp)[] {
    const list = this.options_.cors
    const raw = list
      ? Array.isArray(list)
        ? list.join(",")
        : list
      : [this.http_.storeCors, this.http_.adminCors].filter((v) => typeof v === "string" && v).join(",")
    return raw ? parseCorsOrigins(raw) : []
  }

  async startSocketServer() {
    const port = this.options_.socketPort
    if (this.socket_ || port === false || port === undefined || !servesHttp(this.workerMode_)) {
      return
    }
    try {
      this.socket_ = await startChatGateway({
        port,
        redisUrl: this.options_.redisUrl,
        redisKey: this.options_.redisKey,
        cors: this.corsOrigins(), logger: this.logger_ })
    } catch (e) {
      this.logger_.error(`Chat socket.io server not started on port ${port}: ${(e as Error).message}`)
    }
  }

  async stopSocketServer() {
    const socket = this.socket_
    this.socket_ = null
    await socket?.close()
  }

  /** Drops every socket of this customer (on every instance with the Redis adapter), e.g. once the account is suspended. */
  disconnectCustomer(customerId: string) {
    this.socket_?.io.in(customerRoom(customerId)).disconnectSockets(true)
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
   * The lean path of a plain text message (see README.md, "Posting a
   * message"): in ONE statement — atomic on its own, one round trip — raises
   * the other side's unread counter and the activity time of a chat that
   * takes the message without changing state, and inserts the message.
   * Such a chat is, for a customer, their own chat with a person (`waiting`
   * or `active`); for an admin, an `active` chat. Anything else (someone
   * else's or a missing chat, closed, the assistant's, an admin's first
   * reply that takes the chat) writes nothing and returns null: the caller
   * runs `postChatMessageWorkflow`, which answers or refuses it.
   * Returns the conversation after the write and the message as stored.
   */
  @InjectManager()
  async postPlainMessage(
    input: {
      chat_id: string
      /** the customer's own chats only */
      customer_id?: string
      author_type: "customer" | "admin"
      author_id: string
      author_name: string
      body: string
      /** the activity time (the workflow's `asOf`) */
      at: Date
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ chat: Record<string, any>; message: Record<string, any> } | null> {
    const manager = sharedContext.manager as Manager
    const customer = input.author_type === "customer"
    const counter = customer ? "admin_unread_count" : "customer_unread_count"
    const statuses = customer ? "'waiting', 'active'" : "'active'"
    // created_at/updated_at as the ORM writes them (this process's clock, ms)
    const now = new Date()
    const rows = await manager.execute(
      `WITH c AS (
         UPDATE chat_conversation SET ${counter} = ${counter} + 1, last_message_at = ?, updated_at = now()
         WHERE id = ?${customer ? " AND customer_id = ?" : ""} AND status IN (${statuses}) AND deleted_at IS NULL
         RETURNING ${CONVERSATION_COLUMNS.join(", ")}
       ), m AS (
         INSERT INTO chat_message (id, conversation_id, author_type, author_id, author_name, body, attachments, created_at, updated_at)
         SELECT ?, c.id, ?, ?, ?, ?, '[]'::jsonb, ?, ? FROM c
         RETURNING ${MESSAGE_COLUMNS.join(", ")}
       )
       SELECT ${CONVERSATION_COLUMNS.map((c) => `c.${c} AS chat__${c}`).join(", ")}, ${MESSAGE_COLUMNS.map((c) => `m.${c}`).join(", ")}
       FROM c CROSS JOIN m`,
      [
        input.at,
        input.chat_id,
        ...(customer ? [input.customer_id ?? ""] : []),
        generateEntityId(undefined, "chatmsg"),
        input.author_type,
        input.author_id,
        input.author_name,
        input.body,
        now,
        now,
      ]
    )
    const row = rows[0]
    if (!row) {
      return null
    }
    const chat: Record<string, any> = {}
    const message: Record<string, any> = {}
    for (const [key, value] of Object.entries(row)) {
      if (key.startsWith("chat__")) {
        chat[key.slice(6)] = value
      } else {
        message[key] = value
      }
    }
    return { chat, message }
  }

  /** Undoes one `recordActivity` (compensation). */
  @InjectManager()
  async revertActivity(
    id: string,
    { unread, last_message_at }: { unread: "customer" | "admin" | null; last_message_at: Date | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const manager = sharedContext.manager as Manager
    const column = unread === "customer" ? "customer_unread_count" : unread === "admin" ? "admin_unread_count" : null
    await manager.execute(
      `UPDATE chat_conversation SET ${column ? `${column} = GREATEST(${column} - 1, 0), ` : ""}last_message_at = ?, updated_at = now() WHERE id = ?`,
      [last_message_at, id]
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
