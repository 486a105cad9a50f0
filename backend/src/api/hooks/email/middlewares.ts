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

/**
 * Attachments are read and dropped: a reply by email is its text, but a reply with a signature logo
 * or a forwarded file must still be taken (refusing the form would make SendGrid retry for days).
 */
const discardFiles: multer.StorageEngine = {
  _handleFile(_req, file, callback) {
    file.stream.on("error", callback)
    file.stream.on("end", () => callback(null, { size: 0 }))
    file.stream.resume()
  },
  _removeFile(_req, _file, callback) {
    callback(null)
  },
}

// the form's text fields; files are streamed past
const form = multer({ storage: discardFiles, limits: { fieldSize: 2_000_000, fields: 50, files: 50, fileSize: 50_000_000 } }).any()

export const emailHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/email/inbound",
    middlewares: [requireInboundKey, form, validateAndTransformBody(HooksEmailInbound)],
  },
]
