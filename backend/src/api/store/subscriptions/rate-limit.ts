import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"
import { PROVISIONING_MODULE } from "../../../modules/provisioning"
import type ProvisioningModuleService from "../../../modules/provisioning/service"
import { inMinutes, tooManyRequests } from "../../utils/security"

/**
 * Root password reveals per customer (every try counts, right or wrong):
 * the provisioning module's limit, counted in the account module's store
 * (Redis when configured, so every instance shares it).
 */
export async function serviceCredentialsRateLimit(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const accounts: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
  const provisioning: ProvisioningModuleService = req.scope.resolve(PROVISIONING_MODULE)
  const result = await accounts.hitRateLimit("service_credentials", req.auth_context.actor_id, provisioning.credentialsRateLimit)
  if (!result.allowed) {
    return tooManyRequests(res, result.retry_after, `Too many attempts to show a password. Try again in ${inMinutes(result.retry_after)}.`)
  }
  next()
}
