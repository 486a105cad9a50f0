import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError } from "@medusajs/framework/utils"
import { CHAT_MODULE } from "../../modules/chat/constants"
import type ChatModuleService from "../../modules/chat/service"
import { fetchMessagesById, type ChatSide } from "../../lib/chats"
import { sendAttachment } from "./attachments"
import { fetchChat } from "../../lib/chats"
import type { ChatAttachment } from "../../modules/chat/constants"

/** How long a socket token lasts: enough to connect (and reconnect after a blip). */
export const CHAT_SOCKET_TOKEN_TTL = "15m"

/**
 * GET /store|admin/chats/socket: the socket.io URL and a short-lived JWT for
 * the same actor (a customer viewed by an admin keeps the read-only mark).
 */
export async function answerSocketTicket(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const chats: ChatModuleService = req.scope.resolve(CHAT_MODULE)
  const url = chats.socketUrl({ protocol: req.protocol, hostname: req.hostname })
  if (!url) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Live chat updates are not available right now: the chat still works without them")
  }
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const ctx = req.auth_context as typeof req.auth_context & {
    mfa_enabled?: boolean
    mfa_challenge_completed_at?: string | null
    impersonation_session_id?: string
  }
  const token = generateJwtToken(
    {
      actor_id: ctx.actor_id,
      actor_type: ctx.actor_type,
      auth_identity_id: ctx.auth_identity_id,
      app_metadata: ctx.app_metadata ?? {},
      user_metadata: {},
      mfa_enabled: ctx.mfa_enabled ?? false,
      mfa_challenge_completed_at: ctx.mfa_challenge_completed_at ?? null,
      ...(ctx.impersonation_session_id ? { impersonation_session_id: ctx.impersonation_session_id } : {}),
      purpose: "chat_socket",
    },
    { secret: http.jwtSecret as string, expiresIn: CHAT_SOCKET_TOKEN_TTL, jwtOptions: http.jwtOptions as never }
  )
  res.json({ url, token })
}

/** A write's new messages as the route answers them: `{ message, replies }`. */
export async function postedMessages(req: AuthenticatedMedusaRequest, result: { message_id: string; reply_ids: string[] }, side: ChatSide) {
  const [message, ...replies] = await fetchMessagesById(req.scope, [result.message_id, ...result.reply_ids], side)
  return { message, replies }
}

/** Downloads an attachment of a chat the caller may see (the customer's own on the store), 404 otherwise. */
export async function sendChatAttachment(req: AuthenticatedMedusaRequest, res: MedusaResponse, side: ChatSide) {
  const customerId = side === "store" ? req.auth_context.actor_id : undefined
  const chat = await fetchChat(req.scope, req.params.id, side, customerId)
  const chats: ChatModuleService = req.scope.resolve(CHAT_MODULE)
  const messages = await chats.listChatMessages({ conversation_id: chat.id as string }, { select: ["id", "attachments"], take: null as unknown as number })
  const attachment = messages
    .flatMap((m) => ((m.attachments ?? []) as unknown as ChatAttachment[]))
    .find((a) => a.id === req.params.attachment_id)
  if (!attachment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment with id: ${req.params.attachment_id} was not found`)
  }
  await sendAttachment(req, res, { file_id: attachment.id, name: attachment.filename, mime: attachment.mime_type })
}
