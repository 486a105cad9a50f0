import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { ChatAttachment } from "../../../modules/chat/constants"
import type { TicketAttachment } from "../../../modules/ticket/utils"
import { chatService, loadChat, refuseWhenClosed } from "./service"

export type BuildChatTranscriptStepInput = { chat_id: string }

const WHO: Record<string, (m: any) => string> = {
  customer: (m) => m.author_name || "Customer",
  admin: (m) => m.author_name || "Support",
  bot: () => "Assistant",
  system: () => "—",
}

const stamp = (d: Date | string) => new Date(d).toISOString().slice(0, 16).replace("T", " ")

/**
 * What a ticket made from a chat starts with: the whole conversation as one
 * message (time, who, what; files listed and carried over as the ticket's
 * attachments). An open chat that was never converted only. Reads only.
 */
export const buildChatTranscriptStep = createStep("build-chat-transcript", async (input: BuildChatTranscriptStepInput, { container }) => {
  const chat = await loadChat(container, input.chat_id)
  refuseWhenClosed(chat)
  if (chat.ticket_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This chat was already converted to a ticket")
  }
  const messages = await chatService(container).listChatMessages(
    { conversation_id: chat.id },
    { order: { created_at: "ASC", id: "ASC" }, take: null }
  )
  const attachments: TicketAttachment[] = []
  const lines = messages.map((m: any) => {
    const files = ((m.attachments ?? []) as ChatAttachment[]).map((a) => {
      attachments.push({ file_id: a.id, name: a.filename, mime: a.mime_type, size: a.size })
      return a.filename
    })
    const text = [m.body, files.length ? `[attached: ${files.join(", ")}]` : ""].filter(Boolean).join(" ")
    return `[${stamp(m.created_at)} UTC] ${WHO[m.author_type](m)}: ${text}`
  })
  const first = messages.find((m: any) => m.author_type === "customer" && m.body)
  const subject = first ? `Chat: ${String(first.body).replace(/\s+/g, " ").slice(0, 80)}` : "Live chat"
  const body = [`Continued from our live chat (${chat.id}). The conversation so far:`, "", ...lines].join("\n")
  return new StepResponse({ customer_id: chat.customer_id, subject, body, attachments: attachments.slice(0, 20) })
})
