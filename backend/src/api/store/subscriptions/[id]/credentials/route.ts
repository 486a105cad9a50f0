import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROVISIONING_MODULE } from "../../../../../modules/provisioning"
import type ProvisioningModuleService from "../../../../../modules/provisioning/service"
import { authorizeServiceCredentialsWorkflow } from "../../../../../workflows/provisioning"
import { requestContext } from "../../../../utils/security"
import type { StoreRevealServiceCredentialsType } from "../../validators"
import type { StoreServiceCredentialsResponse } from "../../../../../types/http"

/**
 * POST /store/subscriptions/:id/credentials `{ password }` → `{ root_password }`:
 * the server's root password, for the owner who re-entered their account
 * password (404 for anyone else, 401 when wrong, rate limited per customer).
 * Never cached, never logged.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRevealServiceCredentialsType>, res: MedusaResponse<StoreServiceCredentialsResponse>) => {
  const { result } = await authorizeServiceCredentialsWorkflow(req.scope).run({
    input: {
      subscription_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      password: req.validatedBody.password,
      ...requestContext(req),
    },
  })
  const provisioning: ProvisioningModuleService = req.scope.resolve(PROVISIONING_MODULE)
  res.setHeader("Cache-Control", "no-store")
  res.json({ root_password: await provisioning.revealRootPassword(result.service_id) })
}
