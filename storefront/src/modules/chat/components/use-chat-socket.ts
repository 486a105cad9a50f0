"use client"

import { useCallback, useEffect, useRef, useState } from "react"
import { io, type Socket } from "socket.io-client"
import { chatSocketAccess, type ChatMessage, type StoreChat } from "@lib/data/chat"

export type TypingEvent = { chat_id: string; author_type: string; author_name: string | null; typing: boolean }

type Handlers = {
  onMessage: (payload: { chat_id: string; message: ChatMessage }) => void
  onUpdated: (payload: { chat: Partial<StoreChat> & { id: string } }) => void
  onTyping: (payload: TypingEvent) => void
}

/** A refused handshake (an expired token) is not retried by socket.io itself: try again after this. */
const RETRY_MS = 5000

/**
 * The customer's live connection to the chat server while `enabled`: the URL and a short-lived
 * ticket come from a server action (the customer's own token never reaches the browser), a fresh
 * ticket for every reconnection. Joins `chatId`'s room (again after each reconnect) and hears what
 * changed: the socket pushes, every write goes through the chat's requests.
 */
export function useChatSocket({ enabled, chatId, ...handlers }: { enabled: boolean; chatId: string | null } & Handlers) {
  const [connected, setConnected] = useState(false)
  const socketRef = useRef<Socket | null>(null)
  const chatIdRef = useRef(chatId)
  const handlersRef = useRef(handlers)
  handlersRef.current = handlers
  chatIdRef.current = chatId

  useEffect(() => {
    if (!enabled) {
      return
    }
    let cancelled = false
    let retry: ReturnType<typeof setTimeout> | null = null
    let socket: Socket | null = null

    chatSocketAccess()
      .then((first) => {
        if (cancelled || !first.ok) {
          return
        }
        let firstToken: string | null = first.token
        socket = io(first.url, {
          auth: (cb) => {
            if (firstToken) {
              cb({ token: firstToken })
              firstToken = null
              return
            }
            chatSocketAccess()
              .then((access) => cb({ token: access.ok ? access.token : "" }))
              .catch(() => cb({ token: "" }))
          },
          transports: ["websocket", "polling"],
        })
        socketRef.current = socket
        socket.on("connect", () => {
          setConnected(true)
          if (chatIdRef.current) {
            socket?.emit("chat:join", { chat_id: chatIdRef.current }, () => undefined)
          }
        })
        socket.on("disconnect", () => setConnected(false))
        socket.on("connect_error", () => {
          setConnected(false)
          if (socket && !socket.active && !retry && !cancelled) {
            retry = setTimeout(() => {
              retry = null
              if (!cancelled) socket?.connect()
            }, RETRY_MS)
          }
        })
        socket.on("chat:message", (p: Parameters<Handlers["onMessage"]>[0]) => handlersRef.current.onMessage(p))
        socket.on("chat:updated", (p: Parameters<Handlers["onUpdated"]>[0]) => handlersRef.current.onUpdated(p))
        socket.on("chat:typing", (p: TypingEvent) => handlersRef.current.onTyping(p))
      })
      .catch(() => undefined)

    return () => {
      cancelled = true
      if (retry) clearTimeout(retry)
      socket?.disconnect()
      socketRef.current = null
      setConnected(false)
    }
  }, [enabled])

  // a new conversation (the first message, or after the last one closed) joins its room
  useEffect(() => {
    if (connected && chatId) {
      socketRef.current?.emit("chat:join", { chat_id: chatId }, () => undefined)
    }
  }, [connected, chatId])

  // the one thing the widget says over the socket (it writes nothing); messages and reads are requests
  const emit = useCallback((event: "chat:typing", payload: { chat_id: string; typing: boolean }) => {
    if (socketRef.current?.connected) {
      socketRef.current.emit(event, payload, () => undefined)
    }
  }, [])

  return { connected, emit }
}
