import { defineLink } from "@medusajs/framework/utils"
import RegionModule from "@medusajs/medusa/region"
import RegionPolicyModule from "../modules/region-policy"

export default defineLink(
  {
    linkable: RegionPolicyModule.linkable.regionRestriction,
    field: "region_id",
  },
  RegionModule.linkable.region,
  { readOnly: true }
)
