import { Module } from "@medusajs/framework/utils"
import providersLoader from "./loaders/providers"
import { PROVISIONING_MODULE } from "../../lib/provisioning-provider"
import ProvisioningModuleService from "./service"

export { PROVISIONING_MODULE }

export default Module(PROVISIONING_MODULE, {
  service: ProvisioningModuleService,
  loaders: [providersLoader],
})
