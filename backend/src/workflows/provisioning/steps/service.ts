import { PROVISIONING_MODULE } from "../../../modules/provisioning"
import type ProvisioningModuleService from "../../../modules/provisioning/service"

export const provisioningService = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(PROVISIONING_MODULE) as ProvisioningModuleService
