import { Module } from "@medusajs/framework/utils"
import RegionPolicyModuleService from "./service"

export const REGION_POLICY_MODULE = "region_policy"

export default Module(REGION_POLICY_MODULE, {
  service: RegionPolicyModuleService,
})
