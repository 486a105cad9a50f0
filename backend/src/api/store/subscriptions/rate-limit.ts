import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { PROVISIONING_MODULE } from "../../../modules/provisioning"
import type ProvisioningModuleService from "../../../modules/provisioning/service"
import { counters, inMinutes, TooManyRequestsError } from "../../utils/security"

/**
 * Root password reveals per customer (every try counts, right or wrong):
 * the provisioning module's limit, counted in the counters module (Redis
 * when configured, so every instance shares it).
 */
export async function serviceCredentialsRateLimit(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const provisioning: ProvisioningModuleService = req.scope.resolve(PROVISIONING_MODULE)
  const result = await counters(req).hitRateLimit("service_credentials", req.auth_context.actor_id, provisioning.credentialsRateLimit)
  if (!result.allowed) {
    throw new TooManyRequestsError(result.retry_after, `Too many attempts to show a password. Try again in ${inMinutes(result.retry_after)}.`)
  }
  next()
}
