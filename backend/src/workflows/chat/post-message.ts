import type { MedusaContainer } from "@medusajs/framework/types"
import { buildModuleResourceEventName, CommonEvents, Modules } from "@medusajs/framework/utils"
import { fetchMessagesById, type ChatSide } from "../../lib/chats"
import { CHAT_MODULE } from "../../modules/chat/constants"
import { presentMessage } from "../../modules/chat/present"
import { broadcastChatChange } from "../../modules/chat/realtime/broadcast"
import { authorName, chatService } from "./steps/service"
import { CHAT_MESSAGE_CREATED_EVENT } from "./workflows/events"
import { postChatMessageWorkflow, type PostChatMessageInput } from "./workflows/post-chat-message"

/** The event Medusa's ORM layer raises for every chat_message it creates (the workflow path's createChatMessages). */
const CHAT_MESSAGE_ROW_CREATED = buildModuleResourceEventName({ prefix: CHAT_MODULE, objectName: "chat_message", action: CommonEvents.CREATED })

export type PostChatMessageOptions = {
  /** the author's shown name when the caller knows it (the socket gateway resolves it once per connection) */
  author_name?: string
}

export type PostedChatMessage = {
  /** the message, presented for the caller's side */
  message: Record<string, unknown>
  /** bot answer and handover line (assistant chats only), presented */
  replies: Record<string, unknown>[]
  /** which path wrote it: "lean" (one statement) or "workflow" */
  path: "lean" | "workflow"
}

/**
 * Posts a customer's or admin's message — the one entry point for REST
 * routes and the socket gateway, so both behave the same.
 *
 * The common case — plain text on a chat a person already has (customer:
 * own `waiting`/`active` chat; admin: an `active` chat) — takes the lean
 * path: the chat module's `postPlainMessage` writes the message and the
 * chat's counters in one statement, the sockets hear it from the rows in
 * memory, and the same events as the workflow's are emitted
 * (`chat.message_created` `{ id, message_id }`, plus the ORM's
 * `chat.chat-message.created`). Nothing there needs compensation: the
 * statement is atomic and everything after it is a notification.
 *
 * Everything else runs `postChatMessageWorkflow` (attachments, the
 * assistant's chats, an admin's first reply taking the chat, and every
 * refusal: 404 for someone else's chat, 400 when closed) — the lean
 * statement writes nothing in those cases, so the workflow sees the chat
 * untouched.
 */
export async function postChatMessage(
  container: MedusaContainer,
  input: PostChatMessageInput,
  side: ChatSide,
  options: PostChatMessageOptions = {}
): Promise<PostedChatMessage> {
  if (!input.files?.length && input.body.trim()) {
    const chats = chatService(container)
    const asOf = new Date(input.asOf)
    const written = await chats.postPlainMessage({
      chat_id: input.chat_id,
      customer_id: input.customer_id,
      author_type: input.author_type,
      author_id: input.author_id,
      author_name: options.author_name ?? (await authorName(container, input.author_type, input.author_id)),
      body: input.body,
      at: asOf,
    })
    if (written) {
      const { chat, message } = written
      const io = chats.socketServer
      if (io) {
        broadcastChatChange(io, chat, [message], asOf)
      }
      // after the write, as the workflow releases its events when it completes; subscribers run on their own
      const bus = container.resolve(Modules.EVENT_BUS)
      await Promise.all([
        bus.emit(
          { name: CHAT_MESSAGE_ROW_CREATED, data: { id: message.id }, metadata: { source: CHAT_MODULE, object: "chat_message", action: CommonEvents.CREATED } },
          { internal: true }
        ),
        bus.emit({ name: CHAT_MESSAGE_CREATED_EVENT, data: { id: chat.id, message_id: message.id } }),
      ])
      return { message: presentMessage(message, side), replies: [], path: "lean" }
    }
  }
  const { result } = await postChatMessageWorkflow(container).run({ input })
  const [message, ...replies] = await fetchMessagesById(container, [result.message_id, ...result.reply_ids], side)
  return { message, replies, path: "workflow" }
}
