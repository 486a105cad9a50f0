import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createContactTicketWorkflow } from "../../../workflows/ticket"
import type { StoreCreateContactMessageType } from "./validators"

/**
 * POST /store/contact — the public contact form → a ticket (source `contact`).
 * A filled honeypot (`website`) gets the same 201 and writes nothing, so a
 * bot learns nothing from the answer.
 */
export const POST = async (req: MedusaRequest<StoreCreateContactMessageType>, res: MedusaResponse) => {
  const { website, ...message } = req.validatedBody
  if (!website?.trim()) {
    await createContactTicketWorkflow(req.scope).run({ input: { ...message, asOf: new Date() } })
  }
  res.status(201).json({ received: true })
}
