import type { ChatMessage, StoreChat } from "@lib/data/chat"
import { agentLabel, type ViewMessage } from "./chat-messages"
import { liveChatHours, liveChatOpen, type SupportInfo } from "../support-hours"

// The customer chat's pure parts: messages as the transcript shows them, merged
// from the socket and REST answers, and the header line of who answers now.

/** A message as the transcript shows it. */
export function toView(m: ChatMessage): ViewMessage {
  const author = m.author_type === "customer" ? "me" : m.author_type === "admin" ? "agent" : m.author_type
  return {
    id: m.id,
    author,
    authorName: m.author_name,
    body: m.body,
    citations: m.citations,
    attachments: m.attachments,
    helpful: m.author_type === "bot" ? (m.helpful ?? null) : undefined,
    createdAt: m.created_at,
  }
}

/** Adds messages not already shown (the socket and the REST answer both bring ours), by time. */
export function merge(list: ChatMessage[], more: ChatMessage[]) {
  const seen = new Set(list.map((m) => m.id))
  const added = more.filter((m) => m && !seen.has(m.id))
  if (!added.length) return list
  return [...list, ...added].sort((a, b) => a.created_at.localeCompare(b.created_at))
}

/** Who answers right now, for the panel's header. */
export function replyingLine(chat: StoreChat | null, messages: ChatMessage[], support: SupportInfo) {
  if (!chat || chat.status === "bot") {
    return { title: "CloudServices Assistant", detail: "Answers right away. Ask for a person any time." }
  }
  if (chat.status === "waiting") {
    return liveChatOpen(support.hours)
      ? { title: "Waiting for a person", detail: "Someone from support will join shortly. You can keep writing." }
      : {
          title: "Waiting for a person",
          detail: `Live chat is staffed ${liveChatHours(support)}. We answer here when we're back; write away.`,
        }
  }
  if (chat.status === "active") {
    const agent = [...messages].reverse().find((m) => m.author_type === "admin")
    return { title: agentLabel(agent?.author_name, support), detail: "You're chatting with our support team." }
  }
  return { title: "Conversation ended", detail: chat.ticket_id ? "It continues as a support ticket." : "Start a new one any time." }
}
