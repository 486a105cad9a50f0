"use client"

import { useCallback, useEffect, useRef } from "react"
import type { ChatMessage, StoreChat } from "@lib/data/chat"
import { useCustomerSocket } from "../lib/customer-socket"

export type TypingEvent = { chat_id: string; author_type: string; author_name: string | null; typing: boolean }

type Handlers = {
  onMessage: (payload: { chat_id: string; message: ChatMessage }) => void
  onUpdated: (payload: { chat: Partial<StoreChat> & { id: string } }) => void
  onTyping: (payload: TypingEvent) => void
}

/**
 * The chat's live connection while `enabled`, over the customer's shared socket
 * (useCustomerSocket): joins `chatId`'s room (again after each reconnect) and hears what
 * changed. The socket pushes, every write goes through the chat's requests.
 */
export function useChatSocket({ enabled, chatId, ...handlers }: { enabled: boolean; chatId: string | null } & Handlers) {
  const { socket, connected } = useCustomerSocket(enabled)
  const handlersRef = useRef(handlers)
  handlersRef.current = handlers

  useEffect(() => {
    if (!socket) {
      return
    }
    const onMessage = (p: Parameters<Handlers["onMessage"]>[0]) => handlersRef.current.onMessage(p)
    const onUpdated = (p: Parameters<Handlers["onUpdated"]>[0]) => handlersRef.current.onUpdated(p)
    const onTyping = (p: TypingEvent) => handlersRef.current.onTyping(p)
    socket.on("chat:message", onMessage)
    socket.on("chat:updated", onUpdated)
    socket.on("chat:typing", onTyping)
    return () => {
      socket.off("chat:message", onMessage)
      socket.off("chat:updated", onUpdated)
      socket.off("chat:typing", onTyping)
    }
  }, [socket])

  // the conversation's room, joined on each (re)connection and for a new conversation (the first
  // message, or after the last one closed); left when the chat stops listening
  useEffect(() => {
    if (!socket || !connected || !chatId) {
      return
    }
    socket.emit("chat:join", { chat_id: chatId }, () => undefined)
    return () => {
      if (socket.connected) socket.emit("chat:leave", { chat_id: chatId }, () => undefined)
    }
  }, [socket, connected, chatId])

  // the one thing the widget says over the socket (it writes nothing); messages and reads are requests
  const emit = useCallback(
    (event: "chat:typing", payload: { chat_id: string; typing: boolean }) => {
      if (socket?.connected) {
        socket.emit(event, payload, () => undefined)
      }
    },
    [socket]
  )

  return { connected, emit }
}
