import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToTicketByEmailWorkflow } from "../../../../workflows/ticket"
import type { HooksEmailInboundType } from "../validators"

/**
 * POST /hooks/email/inbound — SendGrid Inbound Parse (multipart/form-data): a
 * reply to a ticket's signed Reply-To address joins the ticket's thread.
 */
export const POST = async (req: MedusaRequest<HooksEmailInboundType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await replyToTicketByEmailWorkflow(req.scope).run({
    input: {
      from: body.from || body.envelope.from || "",
      to: [...body.envelope.to, body.to ?? "", body.cc ?? ""].filter(Boolean),
      subject: body.subject ?? null,
      text: body.text ?? null,
      html: body.html ?? null,
      message_id: /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(body.headers ?? "")?.[1] ?? null,
      asOf: new Date(),
    },
  })
  res.json({ ticket_id: result.id, message_id: result.message_id, duplicate: result.duplicate })
}
