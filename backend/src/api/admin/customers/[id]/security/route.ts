import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { securityOverview } from "../../../../../workflows/account"

/** GET /admin/customers/:id/security — verification, factors, status, lockout, activity. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ security: await securityOverview(req.scope, req.params.id, { events: 50, admin: true }) })
}
