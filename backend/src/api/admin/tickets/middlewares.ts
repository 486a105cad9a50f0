import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { parseTicketUpload } from "../../utils/tickets"
import {
  AdminAssignTicket,
  AdminCreateTicket,
  AdminCreateTicketNote,
  AdminGetTicketsParams,
  AdminReplyToTicket,
  AdminSetTicketPriority,
  AdminSetTicketStatus,
  AdminTicketAttachmentsBody,
} from "./validators"

export const adminTicketMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/tickets",
    middlewares: [validateAndTransformQuery(AdminGetTicketsParams, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { method: ["POST"], matcher: "/admin/tickets", middlewares: [validateAndTransformBody(AdminCreateTicket)] },
  { method: ["POST"], matcher: "/admin/tickets/:id/assign", middlewares: [validateAndTransformBody(AdminAssignTicket)] },
  { method: ["POST"], matcher: "/admin/tickets/:id/priority", middlewares: [validateAndTransformBody(AdminSetTicketPriority)] },
  { method: ["POST"], matcher: "/admin/tickets/:id/status", middlewares: [validateAndTransformBody(AdminSetTicketStatus)] },
  { method: ["POST"], matcher: "/admin/tickets/:id/notes", middlewares: [validateAndTransformBody(AdminCreateTicketNote)] },
  { method: ["POST"], matcher: "/admin/tickets/:id/replies", middlewares: [validateAndTransformBody(AdminReplyToTicket)] },
  {
    method: ["POST"],
    matcher: "/admin/tickets/:id/attachments",
    bodyParser: false,
    middlewares: [parseTicketUpload, validateAndTransformBody(AdminTicketAttachmentsBody)],
  },
]
