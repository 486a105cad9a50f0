import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import RegionPolicyModule from "../modules/region-policy"

export default defineLink(
  {
    linkable: RegionPolicyModule.linkable.regionRestriction,
    field: "product_id",
  },
  ProductModule.linkable.product,
  { readOnly: true }
)
