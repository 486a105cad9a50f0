"use server"

import { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY, backendRequest } from "@lib/config"
import { getAuthHeaders, getClientHeaders } from "./cookies"
import { getImpersonationMarker, holdsImpersonationToken } from "./impersonation-cookies"
import type { ChatMessage, StoreChat, AssistantAnswer, StoreChatThread } from "@cs/http-types"
export type { ChatMessage, StoreChat }
export type { ChatCitation, ChatAttachment } from "@cs/http-types"

// The chat widget's server side. The widget runs in the browser, the customer's token stays in
// its httpOnly cookie: every call goes through these actions, and the browser only ever gets the
// socket URL with a short-lived socket ticket (GET /store/chats/socket) to hear replies live.
// The socket only listens (and says "typing"): sending and reading are the requests below.

export type Result<T> = ({ ok: true } & T) | { ok: false; error: string; status: number }

const GENERIC = "The chat is not available right now. Please try again in a moment."

const chatPath = (id: string, action?: string) =>
  `/store/chats/${encodeURIComponent(id)}${action ? `/${action}` : ""}`

/**
 * A backend call as the signed-in customer, from the shopper's address (the assistant's rate
 * limit counts guests per address, not per storefront server); refusals come back as one
 * readable sentence.
 */
async function call<T>(path: string, method = "GET", body?: unknown): Promise<Result<T>> {
  const answer = await backendRequest<T>(path, {
    method,
    body: method === "GET" ? undefined : (body ?? {}),
    headers: { ...(await getClientHeaders()), ...(await getAuthHeaders()) },
  })
  if (answer.ok) {
    return { ok: true, ...answer.data }
  }
  const error =
    answer.status === 401
      ? "Please sign in again to chat with us."
      : answer.status === 403
        ? answer.message || "You can't send messages in this view."
        : answer.message || GENERIC
  return { ok: false, error, status: answer.status }
}

/** Who the widget is for: a guest (assistant only), a customer, or an admin viewing as one (read-only). */
export async function chatAudience(): Promise<{ signedIn: boolean; readOnly: boolean }> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { signedIn: false, readOnly: false }
  }
  const marker = await getImpersonationMarker()
  return { signedIn: true, readOnly: !!marker && (await holdsImpersonationToken(marker)) }
}

/** A guest's (or anyone's) question to the assistant: an answer with the help articles it used. */
export async function askAssistant(message: string, unhelpfulCount = 0): Promise<Result<AssistantAnswer>> {
  const text = message.trim().slice(0, 2000)
  if (!text) {
    return { ok: false, error: "Type a question first.", status: 400 }
  }
  return call<AssistantAnswer>("/store/assistant/query", "POST", {
    message: text,
    unhelpful_count: Math.max(0, Math.min(10, Math.floor(unhelpfulCount))),
  })
}

/**
 * The customer's conversation to show: the open one (not closed), else none. With
 * `withMessages` (the panel is open) its transcript too, which marks our replies read.
 */
export async function currentChat(
  withMessages: boolean
): Promise<Result<{ chat: StoreChat | null; messages: ChatMessage[] }>> {
  const list = await call<{ chats: StoreChat[] }>("/store/chats")
  if (!list.ok) {
    return list
  }
  const open = list.chats.find((c) => c.status !== "closed") ?? null
  if (!open || !withMessages) {
    return { ok: true, chat: open, messages: [] }
  }
  return loadChat(open.id)
}

/** One of the customer's conversations with its transcript (404 when it is not theirs). */
export async function loadChat(id: string): Promise<Result<{ chat: StoreChat; messages: ChatMessage[] }>> {
  return call<StoreChatThread>(chatPath(id))
}

/**
 * Sends a message; without a conversation the message starts one (one request: a refused
 * message opens none). Answers the conversation and the new messages: the customer's, and
 * while the assistant is on, its replies. (The socket only listens: every write is a request.)
 */
export async function sendChatMessage(
  chatId: string | null,
  body: string
): Promise<Result<{ chat: StoreChat; messages: ChatMessage[] }>> {
  const text = body.trim().slice(0, 4000)
  if (!text) {
    return { ok: false, error: "Type a message first.", status: 400 }
  }
  if (!chatId) {
    const started = await call<{ chat: StoreChat; message: ChatMessage; replies?: ChatMessage[] }>("/store/chats", "POST", {
      message: text,
    })
    if (!started.ok) {
      return started
    }
    return { ok: true, chat: started.chat, messages: [started.message, ...(started.replies ?? [])] }
  }
  const sent = await call<{ message: ChatMessage; replies?: ChatMessage[]; chat?: StoreChat }>(
    chatPath(chatId, "messages"),
    "POST",
    { body: text }
  )
  if (!sent.ok) {
    return sent
  }
  const messages = [sent.message, ...(sent.replies ?? [])]
  // a bot reply may have handed over: the conversation's status comes with it, or is re-read
  if (sent.chat) {
    return { ok: true, chat: sent.chat, messages }
  }
  const fresh = await loadChat(chatId)
  return { ok: true, chat: fresh.ok ? fresh.chat : ({ id: chatId } as StoreChat), messages }
}

/** "Talk to a person": the conversation waits for support. */
export async function requestHandover(chatId: string): Promise<Result<{ chat: StoreChat; messages: ChatMessage[] }>> {
  const done = await call<{ chat?: StoreChat }>(chatPath(chatId, "handover"), "POST")
  if (!done.ok) {
    return done
  }
  return loadChat(chatId)
}

/** 👍/👎 on an assistant answer; two unhelpful answers hand over to a person. */
export async function sendFeedback(
  chatId: string,
  messageId: string,
  helpful: boolean
): Promise<Result<{ chat: StoreChat; messages: ChatMessage[] }>> {
  const done = await call<Record<string, unknown>>(
    `${chatPath(chatId, "messages")}/${encodeURIComponent(messageId)}/feedback`,
    "POST",
    { helpful }
  )
  if (!done.ok) {
    return done
  }
  return loadChat(chatId)
}

export async function closeChat(chatId: string): Promise<Result<{ chat: StoreChat; messages: ChatMessage[] }>> {
  const done = await call<Record<string, unknown>>(chatPath(chatId, "close"), "POST")
  if (!done.ok) {
    return done
  }
  return loadChat(chatId)
}

/** Our replies on screen are read. */
export async function markChatRead(chatId: string): Promise<void> {
  await call(chatPath(chatId, "read"), "POST")
}

/** Files from the widget (multipart `files`; the backend checks each by its bytes). */
export async function uploadChatFiles(formData: FormData): Promise<Result<{ message: ChatMessage }>> {
  const chatId = String(formData.get("chatId") ?? "")
  const files = formData.getAll("files").filter((f): f is File => typeof f === "object" && "size" in f && f.size > 0)
  if (!chatId || !files.length) {
    return { ok: false, error: "Choose a file first.", status: 400 }
  }
  const form = new FormData()
  files.forEach((f) => form.append("files", f))
  let response: Response
  try {
    response = await fetch(`${MEDUSA_BACKEND_URL.replace(/\/$/, "")}${chatPath(chatId, "attachments")}`, {
      method: "POST",
      body: form,
      headers: {
        ...(await getAuthHeaders()),
        ...(MEDUSA_PUBLISHABLE_KEY ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY } : {}),
      },
      cache: "no-store",
    })
  } catch {
    return { ok: false, error: GENERIC, status: 0 }
  }
  const data = (await response.json().catch(() => ({}))) as { message?: ChatMessage | string }
  if (!response.ok || typeof data.message !== "object") {
    const error = typeof data.message === "string" && data.message ? data.message : "The file could not be sent."
    return { ok: false, error, status: response.status }
  }
  return { ok: true, message: data.message }
}

/** The socket.io URL and a short-lived token for this customer: all the browser gets. */
export async function chatSocketAccess(): Promise<Result<{ url: string; token: string }>> {
  const access = await call<{ url: string; token: string }>("/store/chats/socket")
  return access.ok ? { ok: true, url: access.url, token: access.token } : access
}
