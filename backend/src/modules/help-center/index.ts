import { Module } from "@medusajs/framework/utils"
import HelpCenterModuleService from "./service"

export const HELP_CENTER_MODULE = "help_center"

export default Module(HELP_CENTER_MODULE, {
  service: HelpCenterModuleService,
})
