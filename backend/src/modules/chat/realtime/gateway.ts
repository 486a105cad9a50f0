import { container as medusaContainer } from "@medusajs/framework"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { Socket } from "socket.io"
import { fetchChat } from "../../../lib/chats"
import { markChatReadWorkflow, postChatMessage } from "../../../workflows/chat"
import { displayName, loadChat } from "../../../workflows/chat/steps/service"
import { ACCOUNT_RECHECK_MS } from "../constants"
import { ACCOUNT_MODULE } from "../../account"
import { IMPERSONATION_MODULE } from "../../impersonation"
import type ImpersonationModuleService from "../../impersonation/service"
import type AccountModuleService from "../../account/service"
import { chatRoom, ChatSocketServer, customerRoom, type ChatSocketActor } from "./server"

/**
 * The socket side of live chat: who may connect (a Medusa JWT of a customer
 * or admin user, as Medusa's bearer auth checks it; suspended customers and
 * half-signed-in MFA tokens refused; an admin viewing as a customer may only
 * read) and what they may do. Every write goes through the same code as its
 * REST route (postChatMessage, the chat workflows), so REST and sockets
 * can't drift.
 *
 * Per-event cost is kept low: the token is verified and the person's name
 * resolved once, at connect; chats a socket was let into are remembered;
 * a customer's account status (suspended/deleted) is re-read at most every
 * ACCOUNT_RECHECK_MS while the socket writes (and a suspension disconnects
 * the customer's sockets at once where this process hears the event — see
 * the chat-customer-blocked subscriber).
 */
export type ChatGatewayOptions = {
  port: number
  host?: string
  redisUrl?: string
  redisKey?: string
  cors: (string | RegExp)[]
  logger: Logger
  /** the app container (the one Medusa's routes scope from); Medusa's global container by default */
  container?: MedusaContainer
}

type Ack = (res: { ok: true; data: unknown } | { ok: false; error: { type: string; message: string; status: number } }) => void

const ChatIdPayload = z.object({ chat_id: z.string().min(1).max(100) }).strict()
const SendPayload = z.object({ chat_id: z.string().min(1).max(100), body: z.string().trim().min(1, "Write a message").max(4000) }).strict()
const TypingPayload = z.object({ chat_id: z.string().min(1).max(100), typing: z.boolean() }).strict()

const STATUS: Record<string, number> = {
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.UNAUTHORIZED]: 401,
  [MedusaError.Types.CONFLICT]: 409,
}

type Claims = {
  actor_id?: string
  actor_type?: string
  mfa_enabled?: boolean
  mfa_challenge_completed_at?: string | null
  impersonation_session_id?: string
}

/** Verifies a socket token like Medusa's bearer auth does and says who it speaks for, or null. */
export async function authenticateChatToken(container: MedusaContainer, token: string): Promise<ChatSocketActor | null> {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const claims = getAuthContextFromJwtToken(
    `Bearer ${token}`,
    http.jwtSecret as string,
    ["bearer"],
    ["customer", "user"],
    http.jwtPublicKey as string | undefined,
    ((http as any).jwtVerifyOptions ?? http.jwtOptions) as never
  ) as Claims | null
  if (!claims?.actor_id || (claims.actor_type !== "customer" && claims.actor_type !== "user")) {
    return null
  }
  // a token from the first half of an MFA sign-in opens nothing
  if (claims.mfa_enabled && !claims.mfa_challenge_completed_at) {
    return null
  }
  let readOnly = false
  if (claims.actor_type === "customer") {
    if (!(await customerActive(container, claims.actor_id))) {
      return null
    }
    if (claims.impersonation_session_id) {
      const { session, usable } = await container
        .resolve<ImpersonationModuleService>(IMPERSONATION_MODULE)
        .usableSession(claims.impersonation_session_id, new Date(Date.now()))
      if (!session || !usable || session.customer_id !== claims.actor_id) {
        return null
      }
      readOnly = true
    }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: claims.actor_type === "customer" ? "customer" : "user",
    fields: ["id", "first_name", "email"],
    filters: { id: claims.actor_id },
  })
  const person = data[0] as { id: string; first_name?: string | null; email?: string | null } | undefined
  if (!person) {
    return null
  }
  return {
    type: claims.actor_type,
    id: person.id,
    // the name written next to this socket's messages (authorName's rule), resolved once per connection
    name: displayName(person, claims.actor_type === "customer" ? "customer" : "admin"),
    read_only: readOnly,
  }
}

/** Not suspended or deleted (as the store guard middleware checks every request). */
async function customerActive(container: MedusaContainer, customerId: string) {
  const [profile] = await container.resolve<AccountModuleService>(ACCOUNT_MODULE).listAccountProfiles({ customer_id: customerId }, { select: ["status"] })
  return !profile || profile.status === "active"
}

/** Starts the socket.io server with the chat's events wired to its workflows. */
export async function startChatGateway(options: ChatGatewayOptions): Promise<ChatSocketServer> {
  const container = options.container ?? medusaContainer
  const logger = options.logger

  const onConnection = (socket: Socket, actor: ChatSocketActor) => {
    const side = actor.type === "customer" ? "store" : "admin"
    const customerId = actor.type === "customer" ? actor.id : undefined
    // chats this socket was allowed into → their customer (typing goes to that customer's room)
    const allowed = new Map<string, string>()

    const allow = async (chatId: string) => {
      const known = allowed.get(chatId)
      if (known) {
        return known
      }
      const chat = await loadChat(container, chatId, customerId)
      allowed.set(chat.id, chat.customer_id)
      return chat.customer_id
    }

    // when the customer's account was last seen active (checked at connect)
    let activeCheckedAt = Date.now()
    const refuseWrite = async () => {
      if (actor.read_only) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Read-only: you are viewing as this customer")
      }
      if (customerId && Date.now() - activeCheckedAt >= ACCOUNT_RECHECK_MS) {
        if (!(await customerActive(container, customerId))) {
          socket.disconnect(true)
          throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This account is suspended. Contact support.")
        }
        activeCheckedAt = Date.now()
      }
    }

    const on = <T extends z.ZodTypeAny>(event: string, schema: T, run: (payload: z.infer<T>) => Promise<unknown>) => {
      socket.on(event, async (payload: unknown, ack?: Ack) => {
        const reply: Ack = typeof ack === "function" ? ack : () => undefined
        try {
          const parsed = schema.safeParse(payload ?? {})
          if (!parsed.success) {
            const issue = parsed.error.issues[0]
            throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".") || "payload"}: ${issue.message}`)
          }
          reply({ ok: true, data: await run(parsed.data) })
        } catch (e) {
          const err = e as MedusaError
          const status = STATUS[err.type]
          if (!status) {
            logger.error(`chat socket ${event} (${actor.type} ${actor.id}): ${err.message}`)
          }
          reply({
            ok: false,
            error: { type: status ? err.type : "unknown_error", message: status ? err.message : "Something went wrong", status: status ?? 500 },
          })
        }
      })
    }

    on("chat:join", ChatIdPayload, async ({ chat_id }) => {
      await allow(chat_id)
      await socket.join(chatRoom(chat_id))
      return { chat: await fetchChat(container, chat_id, side, customerId) }
    })

    on("chat:leave", ChatIdPayload, async ({ chat_id }) => {
      await socket.leave(chatRoom(chat_id))
      return { chat_id }
    })

    on("chat:send", SendPayload, async ({ chat_id, body }) => {
      await refuseWrite()
      const { message, replies } = await postChatMessage(
        container,
        { chat_id, customer_id: customerId, author_type: actor.type === "customer" ? "customer" : "admin", author_id: actor.id, body, asOf: new Date() },
        side,
        { author_name: actor.name }
      )
      return { message, replies }
    })

    on("chat:typing", TypingPayload, async ({ chat_id, typing }) => {
      if (actor.read_only) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Read-only: you are viewing as this customer")
      }
      const chatCustomer = await allow(chat_id)
      const rooms = actor.type === "user" ? [chatRoom(chat_id), customerRoom(chatCustomer)] : [chatRoom(chat_id)]
      // everyone else in the chat (and the customer's other tabs), not this socket
      socket.to(rooms).emit("chat:typing", { chat_id, author_type: actor.type === "customer" ? "customer" : "admin", author_name: actor.name, typing })
      return { chat_id }
    })

    on("chat:read", ChatIdPayload, async ({ chat_id }) => {
      await refuseWrite()
      await markChatReadWorkflow(container).run({
        input: { chat_id, customer_id: customerId, side: actor.type === "customer" ? "customer" : "admin", asOf: new Date() },
      })
      return { chat: await fetchChat(container, chat_id, side, customerId) }
    })
  }

  return ChatSocketServer.start({
    port: options.port,
    host: options.host,
    cors: options.cors,
    redisUrl: options.redisUrl,
    redisKey: options.redisKey,
    logger,
    authenticate: (token) => authenticateChatToken(container, token),
    onConnection,
  })
}
