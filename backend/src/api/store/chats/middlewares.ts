import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { parseTicketUpload } from "../../utils/tickets"
import {
  StoreChatAttachmentsBody,
  StoreChatFeedback,
  StoreEmptyChatBody,
  StoreGetChatsParams,
  StorePostChatMessage,
  StoreStartChat,
} from "./validators"

/** Chat with a person needs a signed-in customer (guests get the assistant: /store/assistant/query). */
export const storeChatMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/chats*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { method: ["GET"], matcher: "/store/chats", middlewares: [validateAndTransformQuery(StoreGetChatsParams, {})] },
  { method: ["POST"], matcher: "/store/chats", middlewares: [validateAndTransformBody(StoreStartChat)] },
  { method: ["POST"], matcher: "/store/chats/:id/messages", middlewares: [validateAndTransformBody(StorePostChatMessage)] },
  {
    method: ["POST"],
    matcher: "/store/chats/:id/messages/:message_id/feedback",
    middlewares: [validateAndTransformBody(StoreChatFeedback)],
  },
  { method: ["POST"], matcher: "/store/chats/:id/handover", middlewares: [validateAndTransformBody(StoreEmptyChatBody)] },
  { method: ["POST"], matcher: "/store/chats/:id/close", middlewares: [validateAndTransformBody(StoreEmptyChatBody)] },
  { method: ["POST"], matcher: "/store/chats/:id/read", middlewares: [validateAndTransformBody(StoreEmptyChatBody)] },
  {
    method: ["POST"],
    matcher: "/store/chats/:id/attachments",
    bodyParser: false,
    // the same multipart limits as ticket attachments (5 files, 5 MB each)
    middlewares: [parseTicketUpload, validateAndTransformBody(StoreChatAttachmentsBody)],
  },
]
