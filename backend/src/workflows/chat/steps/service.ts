import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CHAT_MODULE, type ChatStatus } from "../../../modules/chat/constants"
import type ChatModuleService from "../../../modules/chat/service"

export function chatService(container: MedusaContainer): ChatModuleService {
  return container.resolve(CHAT_MODULE)
}

export type ChatRow = {
  id: string
  customer_id: string
  status: ChatStatus
  assigned_user_id: string | null
  subject: string | null
  ticket_id: string | null
  unhelpful_count: number
  customer_unread_count: number
  admin_unread_count: number
  last_message_at: Date | null
  waiting_since: Date | null
  closed_at: Date | null
}

/** The conversation (owned by `customerId` when given); anyone else's is a 404. */
export async function loadChat(container: MedusaContainer, id: string, customerId?: string): Promise<ChatRow> {
  const [chat] = await chatService(container).listChatConversations(customerId ? { id, customer_id: customerId } : { id })
  if (!chat) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Chat with id: ${id} was not found`)
  }
  return chat
}

export function refuseWhenClosed(chat: ChatRow) {
  if (chat.status === "closed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This chat is closed: start a new chat to continue")
  }
}

/** The name shown next to a person's messages: first name, else the email's local part. */
export async function authorName(container: MedusaContainer, type: "customer" | "admin", id: string): Promise<string> {
  const [person] =
    type === "customer"
      ? await container.resolve(Modules.CUSTOMER).listCustomers({ id }, { select: ["id", "first_name", "email"] })
      : await container.resolve(Modules.USER).listUsers({ id }, { select: ["id", "first_name", "email"] })
  if (!person) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${type === "customer" ? "Customer" : "User"} with id: ${id} was not found`)
  }
  return displayName(person as { first_name?: string | null; email?: string | null }, type)
}

/** The shown name of a customer or admin record (authorName's rule). */
export function displayName(person: { first_name?: string | null; email?: string | null }, type: "customer" | "admin"): string {
  return person.first_name || person.email?.split("@")[0] || (type === "customer" ? "Customer" : "Support")
}

/** The state fields steps change (never the counters, which only move atomically). */
const STATE_FIELDS = ["status", "assigned_user_id", "ticket_id", "waiting_since", "closed_at"] as const

/** What a step's compensation restores. */
export function snapshot(chat: ChatRow) {
  return { id: chat.id, ...Object.fromEntries(STATE_FIELDS.map((f) => [f, chat[f]])) } as Pick<ChatRow, "id" | (typeof STATE_FIELDS)[number]>
}
