import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { securityOverview } from "../../../../workflows/account"

/** GET /store/account/security — verification, factors, recovery codes left, recent activity. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ security: await securityOverview(req.scope, req.auth_context.actor_id) })
}
