import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { parseTicketUpload } from "../../utils/tickets"
import {
  StoreCloseTicket,
  StoreCreateTicket,
  StoreGetTicketsParams,
  StoreRateTicket,
  StoreReplyToTicket,
  StoreTicketAttachmentsBody,
} from "./validators"

export const storeTicketMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/tickets*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    method: ["GET"],
    matcher: "/store/tickets",
    middlewares: [validateAndTransformQuery(StoreGetTicketsParams, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { method: ["POST"], matcher: "/store/tickets", middlewares: [validateAndTransformBody(StoreCreateTicket)] },
  { method: ["POST"], matcher: "/store/tickets/:id/replies", middlewares: [validateAndTransformBody(StoreReplyToTicket)] },
  { method: ["POST"], matcher: "/store/tickets/:id/close", middlewares: [validateAndTransformBody(StoreCloseTicket)] },
  { method: ["POST"], matcher: "/store/tickets/:id/rating", middlewares: [validateAndTransformBody(StoreRateTicket)] },
  {
    method: ["POST"],
    matcher: "/store/tickets/:id/attachments",
    bodyParser: false,
    middlewares: [parseTicketUpload, validateAndTransformBody(StoreTicketAttachmentsBody)],
  },
]
