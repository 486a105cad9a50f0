import { useEffect, useState } from "react"
import { io, type Socket } from "socket.io-client"
import type { Chat, ChatMessage } from "./chats"
import type { AdminNotification } from "./live-notifications"
import { sdk } from "./sdk"

// The admin's one socket.io connection to the chat server (`GET /admin/chats/socket` gives its
// URL and a short-lived ticket). It pushes; nothing is written through it. Admins join the
// `admins` room on connect, so the inbox hears every `chat:updated`; a thread joins `chat:<id>`
// for its messages and typing.

export type ChatServerEvents = {
  "chat:message": (payload: { chat_id: string; message: ChatMessage }) => void
  "chat:updated": (payload: { chat: Partial<Chat> & { id: string } }) => void
  "chat:typing": (payload: { chat_id: string; author_type: string; author_name: string | null; typing: boolean }) => void
  /** the admins' live notifications (a new ticket, a chat waiting, a failed payment): see live-notifications.ts */
  notification: (payload: AdminNotification) => void
}

type ChatSocket = Socket<ChatServerEvents>

const fetchSocketAccess = () => sdk.client.fetch<{ url: string; token: string }>("/admin/chats/socket")

let socket: ChatSocket | null = null
let connecting: Promise<ChatSocket> | null = null
let users = 0
const joined = new Set<string>()
const listeners = new Set<(connected: boolean) => void>()
let retryTimer: ReturnType<typeof setTimeout> | null = null

function setConnected(connected: boolean) {
  listeners.forEach((l) => l(connected))
}

async function connect(): Promise<ChatSocket> {
  const first = await fetchSocketAccess()
  let firstToken: string | null = first.token
  const s: ChatSocket = io(first.url, {
    // every (re)connection gets a fresh token: they live minutes, a tab lives hours
    auth: (cb) => {
      if (firstToken) {
        cb({ token: firstToken })
        firstToken = null
        return
      }
      fetchSocketAccess()
        .then(({ token }) => cb({ token }))
        .catch(() => cb({ token: "" }))
    },
    transports: ["websocket", "polling"],
  })
  s.on("connect", () => {
    setConnected(true)
    joined.forEach((chatId) => (s as unknown as Socket).emit("chat:join", { chat_id: chatId }, () => undefined))
  })
  s.on("disconnect", () => setConnected(false))
  s.on("connect_error", () => {
    setConnected(false)
    // a refused handshake (expired token) is not retried by socket.io itself
    if (!s.active && !retryTimer) {
      retryTimer = setTimeout(() => {
        retryTimer = null
        if (users > 0) s.connect()
      }, 5000)
    }
  })
  return s
}

/**
 * Fire-and-forget emit (joining, leaving, typing): nothing to do when it is lost. The socket
 * only listens and says "typing": replies and reads are requests (`/admin/chats/:id/messages`,
 * `/read`), whose changes come back over the socket to every admin.
 */
export function emit(event: "chat:join" | "chat:leave" | "chat:typing", payload: Record<string, unknown>) {
  if (socket?.connected) {
    ;(socket as unknown as Socket).emit(event, payload, () => undefined)
  }
}

/** Joins a chat's room for as long as the thread is open (rejoined after reconnects). */
export function joinChat(chatId: string) {
  joined.add(chatId)
  emit("chat:join", { chat_id: chatId })
  return () => {
    joined.delete(chatId)
    emit("chat:leave", { chat_id: chatId })
  }
}

/**
 * The shared chat socket, connected while at least one component uses it.
 * `connected` is false until the handshake succeeds (and while it is down):
 * callers poll over REST then.
 */
export function useChatSocket() {
  const [current, setCurrent] = useState<ChatSocket | null>(socket)
  const [connected, setConnectedState] = useState(!!socket?.connected)

  useEffect(() => {
    users += 1
    listeners.add(setConnectedState)
    let cancelled = false
    if (!socket) {
      if (!connecting) {
        const attempt: Promise<ChatSocket> = connect().then((s) => {
          if (connecting === attempt) {
            socket = s
          } else {
            s.disconnect() // everyone left while it connected
          }
          return s
        })
        connecting = attempt
      }
      connecting
        .then((s) => {
          if (!cancelled && socket === s) {
            setCurrent(s)
            setConnectedState(s.connected)
          }
        })
        .catch(() => {
          connecting = null
        })
    } else {
      setCurrent(socket)
      setConnectedState(socket.connected)
    }
    return () => {
      cancelled = true
      users -= 1
      listeners.delete(setConnectedState)
      if (users === 0) {
        // the last user left (also while the handshake was still on its way)
        socket?.disconnect()
        socket = null
        connecting = null
        joined.clear()
      }
    }
  }, [])

  return { socket: current, connected }
}
