import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { disableSecondFactorWorkflow, securityOverview } from "../../../../../../../workflows/account"
import { requestContext } from "../../../../../../utils/security"
import type { StoreDisableFactorType } from "../../../../validators"

/** POST /store/account/security/factors/:id/disable — needs the password and a current code. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreDisableFactorType>, res: MedusaResponse) => {
  const overview = await securityOverview(req.scope, req.auth_context.actor_id, { events: 0 })
  await disableSecondFactorWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      email: overview.email!,
      auth_identity_id: req.auth_context.auth_identity_id,
      factor_id: req.params.id,
      ...req.validatedBody,
      ...requestContext(req),
    },
  })
  res.json({ security: await securityOverview(req.scope, req.auth_context.actor_id) })
}
