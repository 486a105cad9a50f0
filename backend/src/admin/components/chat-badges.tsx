import { Badge } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { CHAT_STATUS_STYLE, LONG_WAIT_MS, formatClock, waitingMs, type Chat, type ChatStatus } from "../lib/chats"

export const ChatStatusBadge = ({ status }: { status: ChatStatus }) => (
  <Badge size="2xsmall" color={CHAT_STATUS_STYLE[status].color} data-testid="chat-status">
    {CHAT_STATUS_STYLE[status].label}
  </Badge>
)

/** The current time, re-read every `intervalMs` (for ticking clocks). */
export function useNow(intervalMs = 1000) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

/** "Waiting 3:05", ticking; orange after five minutes. Nothing when the chat isn't waiting. */
export const WaitingClock = ({ chat, now }: { chat: Pick<Chat, "status" | "waiting_since">; now: number }) => {
  const ms = waitingMs(chat, now)
  if (ms === null) {
    return null
  }
  return (
    <Badge
      size="2xsmall"
      color={ms >= LONG_WAIT_MS ? "red" : "orange"}
      title="Time since the customer asked for a person"
      data-testid="chat-waiting-time"
    >
      Waiting {formatClock(ms)}
    </Badge>
  )
}
