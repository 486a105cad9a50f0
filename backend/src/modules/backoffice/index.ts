import { Module } from "@medusajs/framework/utils"
import BackofficeModuleService from "./service"

export const BACKOFFICE_MODULE = "backoffice"

export default Module(BACKOFFICE_MODULE, {
  service: BackofficeModuleService,
})
