import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CHAT_MODULE } from "../modules/chat/constants"
import { presentChat, presentMessage } from "../modules/chat/present"
import type ChatModuleService from "../modules/chat/service"

/**
 * Reads of chats shared by the REST routes. The store side always passes
 * the customer: anything else is a 404.
 */
export type ChatSide = "store" | "admin"

const chats = (container: MedusaContainer): ChatModuleService => container.resolve(CHAT_MODULE)

const CUSTOMER_FIELDS = ["customer.id", "customer.email", "customer.first_name", "customer.last_name"]
const ASSIGNEE_FIELDS = ["assigned_user.id", "assigned_user.email", "assigned_user.first_name", "assigned_user.last_name"]

/** One chat of the caller's side (the customer's own on the store), presented; 404 otherwise. */
export async function fetchChat(container: MedusaContainer, id: string, side: ChatSide, customerId?: string, asOf = new Date()) {
  if (side === "store" && !customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Chat with id: ${id} was not found`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "chat_conversation",
    fields: ["*", ...(side === "admin" ? [...CUSTOMER_FIELDS, ...ASSIGNEE_FIELDS, "ticket.id", "ticket.display_id", "ticket.status"] : [])],
    filters: customerId ? { id, customer_id: customerId } : { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Chat with id: ${id} was not found`)
  }
  return presentChat(data[0] as Record<string, any>, side, asOf)
}

/** The chat's messages, oldest first, presented for `side`. */
export async function fetchChatMessages(container: MedusaContainer, chatId: string, side: ChatSide) {
  const messages = await chats(container).listChatMessages(
    { conversation_id: chatId },
    { order: { created_at: "ASC", id: "ASC" }, take: null }
  )
  return messages.map((m) => presentMessage(m, side))
}

/** Some messages by id (what a write just created), oldest first. */
export async function fetchMessagesById(container: MedusaContainer, ids: string[], side: ChatSide) {
  if (!ids.length) {
    return []
  }
  const messages = await chats(container).listChatMessages({ id: ids }, { order: { created_at: "ASC", id: "ASC" } })
  return messages.map((m) => presentMessage(m, side))
}

/**
 * A page of chats, newest activity first, each with its last message, in
 * three queries whatever the page size (conversations with their customer
 * and assignee through Query, then one window query for the last messages).
 */
export async function listChats(
  container: MedusaContainer,
  side: ChatSide,
  filters: Record<string, unknown>,
  { limit = 20, offset = 0, asOf = new Date() }: { limit?: number; offset?: number; asOf?: Date } = {}
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "chat_conversation",
    fields: ["*", ...(side === "admin" ? [...CUSTOMER_FIELDS, ...ASSIGNEE_FIELDS] : [])],
    filters,
    pagination: { skip: offset, take: limit, order: { last_message_at: "DESC", created_at: "DESC", id: "DESC" } },
  })
  const last = await lastMessages(container, data.map((c: any) => c.id as string))
  return {
    chats: data.map((c: any) =>
      presentChat({ ...c, last_message: last.get(c.id) ? presentMessage(last.get(c.id)!, side) : null }, side, asOf)
    ),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  }
}

async function lastMessages(container: MedusaContainer, chatIds: string[]) {
  const out = new Map<string, Record<string, any>>()
  if (!chatIds.length) {
    return out
  }
  const rows = await chats(container).lastMessages(chatIds)
  for (const row of rows) {
    out.set(row.conversation_id as string, row)
  }
  return out
}
