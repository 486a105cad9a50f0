import { useEffect, useRef, useState } from "react"
import { emit, useChatSocket, type ChatServerEvents } from "../lib/chat-socket"

/** Someone else's "is typing" fades after this long without news (a lost `typing: false`). */
const TYPING_TTL_MS = 6000
/** How often a typing admin re-announces it, and how long after the last key it stops. */
const TYPING_REPEAT_MS = 2500
const TYPING_IDLE_MS = 3000

/** The customer typing right now (from `chat:typing`), or null. */
export function useCustomerTyping(chatId: string) {
  const { socket } = useChatSocket()
  const [typing, setTyping] = useState<{ name: string | null; at: number } | null>(null)
  useEffect(() => {
    if (!socket) return
    const onTyping: ChatServerEvents["chat:typing"] = (p) => {
      if (p.chat_id !== chatId || p.author_type !== "customer") return
      setTyping(p.typing ? { name: p.author_name, at: Date.now() } : null)
    }
    const onMessage: ChatServerEvents["chat:message"] = (p) => {
      if (p.chat_id === chatId && p.message.author_type === "customer") setTyping(null)
    }
    socket.on("chat:typing", onTyping)
    socket.on("chat:message", onMessage)
    return () => {
      socket.off("chat:typing", onTyping)
      socket.off("chat:message", onMessage)
    }
  }, [socket, chatId])
  useEffect(() => {
    if (!typing) return
    const timer = setTimeout(() => setTyping(null), TYPING_TTL_MS)
    return () => clearTimeout(timer)
  }, [typing])
  useEffect(() => setTyping(null), [chatId])
  return typing
}

/** Tells the customer while this admin types: `typing: true` now and then, `false` when idle or sent. */
export function useTypingAnnouncer(chatId: string) {
  const lastSent = useRef(0)
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const stop = () => {
    if (idleTimer.current) clearTimeout(idleTimer.current)
    idleTimer.current = null
    if (lastSent.current) {
      emit("chat:typing", { chat_id: chatId, typing: false })
      lastSent.current = 0
    }
  }
  const keystroke = () => {
    const now = Date.now()
    if (now - lastSent.current > TYPING_REPEAT_MS) {
      emit("chat:typing", { chat_id: chatId, typing: true })
      lastSent.current = now
    }
    if (idleTimer.current) clearTimeout(idleTimer.current)
    idleTimer.current = setTimeout(stop, TYPING_IDLE_MS)
  }
  // leaving the thread stops the indicator
  useEffect(() => stop, [chatId]) // eslint-disable-line react-hooks/exhaustive-deps
  return { keystroke, stop }
}
