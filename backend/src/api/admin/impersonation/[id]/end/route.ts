import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endImpersonationWorkflow } from "../../../../../workflows/impersonation"
import { requestContext } from "../../../../utils/security"
import { impersonationDetail } from "../../helpers"
import { adminImpersonationFields } from "../../query-config"

/** POST /admin/impersonation/:id/end — ends the session; its token is refused from the next request on. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await endImpersonationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      as_of: new Date(Date.now()),
      ended_by: "admin",
      actor_id: req.auth_context.actor_id,
      ip: requestContext(req).ip,
    },
  })
  res.json({ session: await impersonationDetail(req.scope, req.params.id, adminImpersonationFields) })
}
