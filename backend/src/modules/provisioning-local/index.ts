import { ModuleProvider } from "@medusajs/framework/utils"
import { PROVISIONING_MODULE } from "../provisioning"
import LocalProvisioningProvider from "./service"

export default ModuleProvider(PROVISIONING_MODULE, {
  services: [LocalProvisioningProvider],
})
