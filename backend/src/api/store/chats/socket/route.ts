import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerSocketTicket } from "../../../utils/chat-socket"

/** GET /store/chats/socket — `{ url, token }`: where the socket connects and a 15-minute token for this customer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await answerSocketTicket(req, res)
}
