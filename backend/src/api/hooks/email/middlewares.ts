import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { TICKET_MODULE } from "../../../modules/ticket"
import type TicketModuleService from "../../../modules/ticket/service"
import { HooksEmailInbound } from "./validators"

/**
 * SendGrid's Inbound Parse signs nothing: the hook's URL carries the secret
 * (`?key=<EMAIL_INBOUND_SECRET>`) or HTTP Basic auth has it as the password.
 * Checked timing-safe before the body is read; anything else is a 401.
 */
function requireInboundKey(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const tickets: TicketModuleService = req.scope.resolve(TICKET_MODULE)
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "")
  const password = basic ? Buffer.from(basic[1], "base64").toString("utf8").split(":").slice(1).join(":") : null
  const key = typeof req.query.key === "string" ? req.query.key : null
  if (!tickets.isInboundKey(key) && !tickets.isInboundKey(password)) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  next()
}

// the form's text fields (attachments are not taken: a reply by email is its text)
const form = multer({ storage: multer.memoryStorage(), limits: { fieldSize: 2_000_000, fields: 50, files: 0 } }).none()

export const emailHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/email/inbound",
    middlewares: [requireInboundKey, form, validateAndTransformBody(HooksEmailInbound)],
  },
]
