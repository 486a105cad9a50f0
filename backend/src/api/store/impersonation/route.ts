import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentImpersonation } from "./helpers"

/**
 * GET /store/impersonation — with an impersonation token: who is being
 * viewed and until when (the storefront's banner). `?page=` records the
 * storefront page shown. 404 for an ordinary customer token.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, status, started_at, expires_at, ended_at, customer_id, customer } = await currentImpersonation(req)
  res.json({ session: { id, status, started_at, expires_at, ended_at, customer_id, customer } })
}
