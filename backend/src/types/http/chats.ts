import type { CustomerSummary, ListResponse } from "./common"

// Live chat as both APIs and the chat sockets show it (`modules/chat/present.ts`).

export type ChatStatus = "bot" | "waiting" | "active" | "closed"
export type ChatAuthorType = "customer" | "admin" | "bot" | "system"

/** A file on a message; `url` is the download path of the caller's side. */
export type ChatAttachment = { id: string; filename: string; mime_type: string; size: number; url?: string }
/** A help-center article the assistant answered from. */
export type ChatCitation = { id: string; handle: string; title: string }

export type ChatMessage = {
  id: string
  chat_id: string
  author_type: ChatAuthorType
  /** the customer or admin who wrote it; null for the bot and the system */
  author_id: string | null
  author_name: string | null
  body: string
  attachments: ChatAttachment[] | null
  /** bot messages only */
  citations: ChatCitation[] | null
  /** the customer's "was this helpful?" on a bot message */
  helpful: boolean | null
  created_at: string
}

export type Chat = {
  id: string
  customer_id: string
  status: ChatStatus
  assigned_user_id: string | null
  subject: string | null
  ticket_id: string | null
  unhelpful_count: number
  customer_unread_count: number
  admin_unread_count: number
  last_message_at: string | null
  waiting_since: string | null
  closed_at: string | null
  created_at: string
  /** the caller's side's unread count */
  unread_count?: number
  /** present when the answer joins it in */
  last_message?: ChatMessage | null
}

// ---- store: GET|POST /store/chats[/:id[/…]]

export type StoreChat = Chat
export type StoreChatListResponse = ListResponse<"chats", StoreChat>
/** A chat with its thread (`GET /store/chats/:id`, `POST /store/chats/:id/handover`). */
export type StoreChatThread = { chat: StoreChat; messages: ChatMessage[] }
/** What a write answers (`POST /store/chats/:id/{messages,attachments}`): the new message and the assistant's replies. */
export type ChatPostedMessages = { message: ChatMessage; replies: ChatMessage[] }
/** `POST /store/chats`: the customer's open chat (or a new one), with the message posted into it, if any. */
export type StoreStartChatResponse = { chat: StoreChat } & Partial<ChatPostedMessages>
/** `POST /store/chats/:id/messages/:message_id/feedback` */
export type StoreChatFeedbackResponse = { message: ChatMessage; handed_over: boolean; chat: StoreChat }
/** `POST /store/chats/:id/close`, `…/read` */
export type StoreChatResponse = { chat: StoreChat }

/** `POST /store/assistant/query`: the help-center assistant's answer. */
export type AssistantAnswer = {
  answer: string
  citations: ChatCitation[]
  handover: boolean
  handover_reason: "requested" | "low_confidence" | "unhelpful" | null
  provider: "offline" | "gemini"
  confidence?: number
}

// ---- admin: GET|POST /admin/chats[/:id[/…]]

export type ChatCustomer = CustomerSummary

export type AdminChat = Chat & {
  customer?: ChatCustomer | null
  /** seconds since `waiting_since`, as the server counted them when it answered */
  waiting_seconds?: number | null
  /** the admin assigned, when the answer joins it in */
  assigned_user?: CustomerSummary | null
}
export type AdminChatListResponse = ListResponse<"chats", AdminChat>
export type AdminChatDetailResponse = { chat: AdminChat; messages: ChatMessage[]; customer?: ChatCustomer | null }
/** What the actions on a chat answer (`POST /admin/chats/:id/{take,transfer,close,read,messages,convert-to-ticket}`). */
export type AdminChatActionResponse = {
  chat?: AdminChat
  message?: ChatMessage
  replies?: ChatMessage[]
  ticket?: { id: string; number?: string }
}
