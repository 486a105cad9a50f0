import type { AdminChat, ChatMessage } from "../../types/http"
import type { ChatAttachment } from "./constants"

type Side = "store" | "admin"

/**
 * A message as the APIs and sockets show it: each attachment with the
 * download path of the caller's side (that route checks ownership).
 */
export function presentMessage(message: Record<string, any>, side: Side): ChatMessage {
  const chatId = message.conversation_id ?? message.conversation?.id
  return {
    id: message.id,
    chat_id: chatId,
    author_type: message.author_type,
    author_id: message.author_type === "customer" || message.author_type === "admin" ? message.author_id : null,
    author_name: message.author_name,
    body: message.body,
    attachments: ((message.attachments ?? []) as ChatAttachment[]).map((a) => ({
      ...a,
      url: `/${side}/chats/${chatId}/attachments/${a.id}`,
    })),
    citations: message.author_type === "bot" ? message.citations ?? [] : null,
    helpful: message.author_type === "bot" ? message.helpful ?? null : null,
    created_at: message.created_at,
  }
}

const FIELDS = [
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
] as const

/**
 * A conversation as the APIs and sockets show it: its fields, `unread_count`
 * for the caller's side, and for admins how long it has waited for a person.
 * Related records already fetched (customer, assigned_user, ticket,
 * last_message) are passed through.
 */
export function presentChat(chat: Record<string, any>, side: Side, asOf: Date): AdminChat {
  const out: Record<string, unknown> = Object.fromEntries(FIELDS.map((f) => [f, chat[f] ?? null]))
  out.unread_count = side === "store" ? chat.customer_unread_count : chat.admin_unread_count
  if (side === "admin") {
    out.waiting_seconds =
      chat.status === "waiting" && chat.waiting_since
        ? Math.max(0, Math.round((asOf.getTime() - new Date(chat.waiting_since).getTime()) / 1000))
        : null
  }
  for (const key of ["customer", "assigned_user", "ticket", "last_message"]) {
    if (chat[key] !== undefined) {
      out[key] = chat[key]
    }
  }
  // FIELDS and the related records read are what make it a chat of the HTTP types
  return out as AdminChat
}
