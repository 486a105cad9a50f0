import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type {
  ChatStatus,
  ChatAttachment,
  ChatMessage,
  ChatCustomer,
  AdminChat as Chat,
  AdminChatListResponse as ChatList,
  AdminChatDetailResponse as ChatDetail,
  AdminChatActionResponse as ChatActionResult,
} from "../../types/http"
export type { ChatStatus, ChatAttachment, ChatMessage, ChatCustomer, Chat }

// Live chat as the admin sees it: `GET|POST /admin/chats…` (docs/api.md, "Live chat").

export type ChatTab = "waiting" | "active" | "mine" | "closed"
export const CHAT_TABS: { value: ChatTab; label: string }[] = [
  { value: "waiting", label: "Waiting" },
  { value: "active", label: "Active" },
  { value: "mine", label: "Mine" },
  { value: "closed", label: "Closed" },
]

/** The list query of an inbox tab. */
export const tabQuery = (tab: ChatTab): Record<string, string> =>
  tab === "mine" ? { status: "open", assigned_to: "me" } : { status: tab }

export const CHAT_PAGE_SIZE = 50
export const LIVE_CHAT_PATH = (id?: string) => (id ? `/live-chat?chat=${id}` : "/live-chat")

export const chatKeys = {
  all: ["chats"] as const,
  lists: () => ["chats", "list"] as const,
  list: (query: Record<string, string | number>) => ["chats", "list", query] as const,
  detail: (id: string) => ["chats", "detail", id] as const,
  socket: () => ["chats", "socket"] as const,
}

export const useChats = (query: Record<string, string | number>, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: chatKeys.list(query),
    queryFn: () => sdk.client.fetch<ChatList>("/admin/chats", { query }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })

export const useChat = (id?: string | null) =>
  useQuery({
    queryKey: chatKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<ChatDetail>(`/admin/chats/${id}`),
    enabled: !!id,
  })

/** The customers behind a page of chats that came without them, in one request; id → customer. */
export const useChatCustomers = (ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: ["chats", "customers", unique],
    queryFn: () =>
      sdk.admin.customer.list({ id: unique, limit: unique.length, fields: "id,email,first_name,last_name" }),
    select: (data) => new Map<string, ChatCustomer>(data.customers.map((c) => [c.id, c as ChatCustomer])),
    enabled: unique.length > 0,
    staleTime: 5 * 60 * 1000,
  })
}

export type ChatAction =
  | { action: "take"; body?: Record<string, never> }
  | { action: "transfer"; body: { user_id: string } }
  | { action: "close"; body?: Record<string, never> }
  | { action: "read"; body?: Record<string, never> }
  | { action: "messages"; body: { body: string } }
  | { action: "convert-to-ticket"; body: { subject?: string; priority?: string } }

/** Runs an action on a chat, then refreshes it and the inbox. */
export const useChatAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: ChatAction) =>
      sdk.client.fetch<ChatActionResult>(`/admin/chats/${id}/${action}`, { method: "POST", body: body ?? {} }),
    onSuccess: (data, { action }) => {
      if (data?.message) {
        appendMessage(queryClient, id, data.message)
      }
      if (data?.chat) {
        mergeChat(queryClient, data.chat)
      }
      if (action !== "messages") {
        queryClient.invalidateQueries({ queryKey: chatKeys.detail(id) })
      }
      queryClient.invalidateQueries({ queryKey: chatKeys.lists() })
    },
    // a refusal usually means someone else acted first: show the current state
    onError: () => {
      queryClient.invalidateQueries({ queryKey: chatKeys.detail(id) })
      queryClient.invalidateQueries({ queryKey: chatKeys.lists() })
    },
  })
}

type QueryClient = ReturnType<typeof useQueryClient>

/** Adds a message to an open thread's cache (once: the socket and the REST answer both bring it). */
export function appendMessage(queryClient: QueryClient, chatId: string, message: ChatMessage) {
  queryClient.setQueryData<ChatDetail>(chatKeys.detail(chatId), (old) =>
    old && !old.messages.some((m) => m.id === message.id)
      ? { ...old, messages: [...old.messages, message] }
      : old
  )
}

/** Takes a chat's new state (status, assignee, unread) into its thread's cache. */
export function mergeChat(queryClient: QueryClient, chat: Partial<Chat> & { id: string }) {
  queryClient.setQueryData<ChatDetail>(chatKeys.detail(chat.id), (old) =>
    old ? { ...old, chat: { ...old.chat, ...chat } } : old
  )
}

/** Fetches an attachment with the admin session and saves it under its name. */
export async function downloadChatAttachment(chatId: string, attachment: ChatAttachment) {
  const base = (sdk.client as unknown as { config?: { baseUrl?: string } }).config?.baseUrl ?? "/"
  const path = `admin/chats/${chatId}/attachments/${attachment.id}`
  const url = new URL(path, new URL(base.endsWith("/") ? base : `${base}/`, window.location.origin))
  const res = await fetch(url.toString(), { credentials: "include" })
  if (!res.ok) {
    throw new Error(`Could not download ${attachment.filename}`)
  }
  const blob = URL.createObjectURL(await res.blob())
  const a = document.createElement("a")
  a.href = blob
  a.download = attachment.filename
  a.click()
  URL.revokeObjectURL(blob)
}

// ---------------------------------------------------------------- labels

export const CHAT_STATUS_STYLE: Record<ChatStatus, { color: "green" | "orange" | "grey" | "blue"; label: string }> = {
  bot: { color: "blue", label: "With assistant" },
  waiting: { color: "orange", label: "Waiting" },
  active: { color: "green", label: "Active" },
  closed: { color: "grey", label: "Closed" },
}

export const chatCustomerName = (customer?: ChatCustomer | null) =>
  customer
    ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email || customer.id
    : "Customer"

/** Milliseconds the chat has waited for a person, as of `now`; null when it is not waiting. */
export function waitingMs(chat: Pick<Chat, "status" | "waiting_since">, now: number) {
  if (chat.status !== "waiting" || !chat.waiting_since) {
    return null
  }
  return Math.max(0, now - new Date(chat.waiting_since).getTime())
}

/** 75_000 → "1:15", 3_723_000 → "1:02:03": a waiting clock. */
export function formatClock(ms: number) {
  const total = Math.floor(ms / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const pad = (n: number) => String(n).padStart(2, "0")
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** Chats wait long when nobody answered within five minutes. */
export const LONG_WAIT_MS = 5 * 60 * 1000

export const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const formatTime = (value: string) =>
  new Date(value).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })
