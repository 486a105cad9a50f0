import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminConvertChatToTicket,
  AdminEmptyChatBody,
  AdminGetChatsParams,
  AdminPostChatMessage,
  AdminTransferChat,
} from "./validators"

/** /admin/chats* sit behind Medusa's admin authentication like every /admin route. */
export const adminChatMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/chats", middlewares: [validateAndTransformQuery(AdminGetChatsParams, {})] },
  { method: ["POST"], matcher: "/admin/chats/:id/messages", middlewares: [validateAndTransformBody(AdminPostChatMessage)] },
  { method: ["POST"], matcher: "/admin/chats/:id/take", middlewares: [validateAndTransformBody(AdminEmptyChatBody)] },
  { method: ["POST"], matcher: "/admin/chats/:id/transfer", middlewares: [validateAndTransformBody(AdminTransferChat)] },
  { method: ["POST"], matcher: "/admin/chats/:id/close", middlewares: [validateAndTransformBody(AdminEmptyChatBody)] },
  { method: ["POST"], matcher: "/admin/chats/:id/read", middlewares: [validateAndTransformBody(AdminEmptyChatBody)] },
  { method: ["POST"], matcher: "/admin/chats/:id/convert-to-ticket", middlewares: [validateAndTransformBody(AdminConvertChatToTicket)] },
]
