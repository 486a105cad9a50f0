import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { chatService, type ChatRow } from "./service"

export type FindOrCreateChatStepInput = { customer_id: string; subject?: string | null }

/**
 * The customer's open chat, or a new one answered by the assistant first.
 * A customer has at most one open chat (a unique index backs this when two
 * requests race). Compensation deletes a chat it created.
 */
export const findOrCreateChatStep = createStep(
  "find-or-create-chat",
  async (input: FindOrCreateChatStepInput, { container }) => {
    const chats = chatService(container)
    const open = async () =>
      (await chats.listChatConversations({ customer_id: input.customer_id, status: ["bot", "waiting", "active"] }, { take: 1 }))[0] as
        | ChatRow
        | undefined
    const existing = await open()
    if (existing) {
      return new StepResponse({ id: existing.id, created: false }, null)
    }
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id }, { select: ["id"] })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Customer with id: ${input.customer_id} was not found`)
    }
    try {
      const chat = await chats.createChatConversations({ customer_id: input.customer_id, status: "bot", subject: input.subject ?? null })
      return new StepResponse({ id: chat.id as string, created: true }, chat.id as string)
    } catch (e) {
      // another request opened one a moment ago
      const raced = await open()
      if (raced) {
        return new StepResponse({ id: raced.id, created: false }, null)
      }
      throw e
    }
  },
  async (createdId, { container }) => {
    if (createdId) {
      await chatService(container).deleteChatConversations(createdId)
    }
  }
)
