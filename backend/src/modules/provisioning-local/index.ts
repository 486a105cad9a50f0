import { ModuleProvider } from "@medusajs/framework/utils"
import { PROVISIONING_MODULE } from "../../lib/provisioning-provider"
import LocalProvisioningProvider from "./service"

export default ModuleProvider(PROVISIONING_MODULE, {
  services: [LocalProvisioningProvider],
})
