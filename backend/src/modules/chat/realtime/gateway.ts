import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { Socket } from "socket.io"
import { presentChat } from "../present"
import { chatRoom, customerRoom } from "./rooms"
import { ChatSocketServer, type ChatSocketServerOptions } from "./server"
import type { ChatSocketActor } from "./tickets"

/**
 * What a socket may say. Sockets push only: every write (a message, a read
 * receipt) goes through the REST routes and their workflows, which reach
 * every socket through the chat's broadcasts. A socket asks to hear a chat
 * (`chat:join`, its own chats only for a customer), stops (`chat:leave`), and
 * says that someone is typing (`chat:typing`, which writes nothing).
 */
export type ChatGatewayOptions = Omit<ChatSocketServerOptions, "authenticate" | "onConnection"> & {
  /** checks a ticket (ChatSocketTickets.verify) */
  authenticate: (token: string) => Promise<ChatSocketActor | null>
  /** one chat conversation of this module, or null */
  findChat: (id: string) => Promise<Record<string, any> | null>
}

type Ack = (res: { ok: true; data: unknown } | { ok: false; error: { type: string; message: string; status: number } }) => void

const ChatIdPayload = z.object({ chat_id: z.string().min(1).max(100) }).strict()
const TypingPayload = z.object({ chat_id: z.string().min(1).max(100), typing: z.boolean() }).strict()

const STATUS: Record<string, number> = {
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_ALLOWED]: 400,
  [MedusaError.Types.UNAUTHORIZED]: 401,
}

/** Starts the socket.io server with the chat's client → server events. */
export async function startChatGateway(options: ChatGatewayOptions): Promise<ChatSocketServer> {
  const { findChat, logger } = options

  const onConnection = (socket: Socket, actor: ChatSocketActor) => {
    const side = actor.type === "customer" ? "store" : "admin"
    // chats this socket was let into → their customer (an admin's typing also goes to that customer's room)
    const allowed = new Map<string, string>()

    /** The chat, when the caller may hear it (a customer: their own); a 404 otherwise. */
    const load = async (chatId: string) => {
      const chat = await findChat(chatId)
      if (!chat || (actor.type === "customer" && chat.customer_id !== actor.id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Chat with id: ${chatId} was not found`)
      }
      allowed.set(chat.id, chat.customer_id)
      return chat
    }
    const allow = async (chatId: string): Promise<string> => allowed.get(chatId) ?? (await load(chatId)).customer_id

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
      const chat = await load(chat_id)
      await socket.join(chatRoom(chat_id))
      return { chat: presentChat(chat, side, new Date()) }
    })

    on("chat:leave", ChatIdPayload, async ({ chat_id }) => {
      await socket.leave(chatRoom(chat_id))
      return { chat_id }
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
  }

  return ChatSocketServer.start({ ...options, onConnection })
}
