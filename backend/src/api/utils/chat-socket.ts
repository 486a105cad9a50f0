import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CHAT_MODULE } from "../../modules/chat/constants"
import type ChatModuleService from "../../modules/chat/service"
import { fetchChat, fetchMessagesById, type ChatSide } from "../../lib/chats"
import { authorName } from "../../workflows/chat/steps/service"
import { sendAttachment } from "./attachments"
import type { ChatPostedMessages } from "../../types/http"

/**
 * GET /store|admin/chats/socket: the socket.io URL and a 15-minute ticket for
 * the caller. The route's guards vouch for them (Medusa's auth with MFA, the
 * account status, a live view-as-customer session); the ticket carries what
 * the socket needs — their name for typing notices and, in a
 * view-as-customer session, read-only — so a socket server reads no other
 * module. Suspending the customer or ending the session voids it.
 */
export async function answerSocketTicket(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const chats: ChatModuleService = req.scope.resolve(CHAT_MODULE)
  const { actor_id, actor_type } = req.auth_context
  if (actor_type !== "customer" && actor_type !== "user") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  const sessionId = (req.auth_context as typeof req.auth_context & { impersonation_session_id?: string }).impersonation_session_id
  const actor = {
    type: actor_type,
    id: actor_id,
    name: await authorName(req.scope, actor_type === "customer" ? "customer" : "admin", actor_id),
    read_only: actor_type === "customer" && !!sessionId,
    ...(actor_type === "customer" && sessionId ? { impersonation_session_id: sessionId } : {}),
  } as const
  res.json(chats.socketTicket(actor, { protocol: req.protocol, hostname: req.hostname }))
}

/** A write's new messages as the route answers them: `{ message, replies }`. */
export async function postedMessages(
  req: AuthenticatedMedusaRequest,
  result: { message_id: string; reply_ids: string[] },
  side: ChatSide
): Promise<ChatPostedMessages> {
  const [message, ...replies] = await fetchMessagesById(req.scope, [result.message_id, ...result.reply_ids], side)
  return { message, replies }
}

/** Downloads an attachment of a chat the caller may see (the customer's own on the store), 404 otherwise. */
export async function sendChatAttachment(req: AuthenticatedMedusaRequest, res: MedusaResponse, side: ChatSide) {
  const customerId = side === "store" ? req.auth_context.actor_id : undefined
  const chat = await fetchChat(req.scope, req.params.id, side, customerId)
  const chats: ChatModuleService = req.scope.resolve(CHAT_MODULE)
  const messages = await chats.listChatMessages({ conversation_id: chat.id as string }, { select: ["id", "attachments"], take: null })
  const attachment = messages
    .flatMap((m) => m.attachments ?? [])
    .find((a) => a.id === req.params.attachment_id)
  if (!attachment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment with id: ${req.params.attachment_id} was not found`)
  }
  await sendAttachment(req, res, { file_id: attachment.id, name: attachment.filename, mime: attachment.mime_type })
}
