import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { impersonationDetail } from "../helpers"

/** GET /admin/impersonation/:id — the session with its timeline (requests, page views) and notes. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ session: await impersonationDetail(req.scope, req.params.id, req.queryConfig.fields) })
}
