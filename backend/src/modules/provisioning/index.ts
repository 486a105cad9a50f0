import { Module } from "@medusajs/framework/utils"
import providersLoader from "./loaders/providers"
import ProvisioningModuleService from "./service"

export const PROVISIONING_MODULE = "provisioning"

export default Module(PROVISIONING_MODULE, {
  service: ProvisioningModuleService,
  loaders: [providersLoader],
})
