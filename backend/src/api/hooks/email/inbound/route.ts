import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { automatedHeader, parseHeaderBlock } from "../../../../modules/ticket/inbound"
import { replyToTicketByEmailWorkflow } from "../../../../workflows/ticket"
import type { HooksEmailInboundType } from "../validators"

/**
 * POST /hooks/email/inbound — SendGrid Inbound Parse (multipart/form-data): a
 * reply to a ticket's signed Reply-To address joins the ticket's thread. A
 * refused reply is bounced to its sender (by the workflow) and answered with
 * its error.
 */
export const POST = async (req: MedusaRequest<HooksEmailInboundType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const headers = parseHeaderBlock(body.headers)
  const { result } = await replyToTicketByEmailWorkflow(req.scope).run({
    input: {
      from: body.from || body.envelope.from || "",
      to: [...body.envelope.to, body.to ?? "", body.cc ?? ""].filter(Boolean),
      subject: body.subject ?? null,
      text: body.text ?? null,
      html: body.html ?? null,
      message_id: /^(<[^>\r\n]+>)/.exec(headers["message-id"] ?? "")?.[1] ?? null,
      envelope_from: body.envelope.from,
      automated: automatedHeader(headers),
      asOf: new Date(),
    },
  })
  if (result.refusal) {
    throw new MedusaError(result.refusal.type, result.refusal.message)
  }
  res.json({ ticket_id: result.id, message_id: result.message_id, duplicate: result.duplicate })
}
