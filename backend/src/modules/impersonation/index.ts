import { Module } from "@medusajs/framework/utils"
import ImpersonationModuleService from "./service"

export const IMPERSONATION_MODULE = "impersonation"

export default Module(IMPERSONATION_MODULE, {
  service: ImpersonationModuleService,
})
