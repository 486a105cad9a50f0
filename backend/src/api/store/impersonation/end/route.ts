import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endImpersonationWorkflow } from "../../../../workflows/impersonation"
import { requestContext } from "../../../utils/security"
import { currentImpersonation } from "../helpers"

/**
 * POST /store/impersonation/end — the banner's "End session": the only
 * write an impersonation token may make. The token stops working at once.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const current = await currentImpersonation(req)
  const { result } = await endImpersonationWorkflow(req.scope).run({
    input: {
      id: current.id,
      as_of: new Date(Date.now()),
      ended_by: "storefront",
      actor_id: current.user_id,
      ip: requestContext(req).ip,
    },
  })
  res.json({ session: { id: result.id, status: result.status, ended_at: result.ended_at, duration_seconds: result.duration_seconds } })
}
