import type { MedusaContainer } from "@medusajs/framework/types"
import { chatService, type ChatRow } from "./service"

export type HandoverReason = "requested" | "low_confidence" | "unhelpful"

const HANDOVER_LINES: Record<HandoverReason, string> = {
  requested: "You asked for a person: someone from our support team will join this chat shortly.",
  low_confidence: "This one needs a person: someone from our support team will join this chat shortly.",
  unhelpful: "Sorry the answers didn't help: someone from our support team will join this chat shortly.",
}

/**
 * Moves a chat the assistant has (`bot`) to `waiting` for a person, with a
 * system line saying so. Returns the system message id, or null when the
 * chat was not the assistant's (already waiting, active or closed).
 */
export async function handOver(container: MedusaContainer, chat: ChatRow, reason: HandoverReason, at: Date): Promise<string | null> {
  if (chat.status !== "bot") {
    return null
  }
  const chats = chatService(container)
  await chats.updateChatConversations({ id: chat.id, status: "waiting", waiting_since: at })
  const message = await chats.createChatMessages({
    conversation_id: chat.id,
    author_type: "system",
    author_id: null,
    author_name: null,
    body: HANDOVER_LINES[reason],
    attachments: [],
  })
  await chats.recordActivity(chat.id, { unread: null, at })
  return message.id as string
}
