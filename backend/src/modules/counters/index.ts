import { Module } from "@medusajs/framework/utils"
import CountersModuleService from "./service"

export const COUNTERS_MODULE = "counters"

export default Module(COUNTERS_MODULE, {
  service: CountersModuleService,
})
