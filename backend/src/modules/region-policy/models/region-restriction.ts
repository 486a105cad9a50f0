import { model } from "@medusajs/framework/utils"

/**
 * A product that is not sold in a region. Hidden from that region's store
 * listing and refused at cart and checkout.
 */
const RegionRestriction = model
  .define("region_restriction", {
    id: model.id({ prefix: "rrst" }).primaryKey(),
    // Medusa region the product is withheld from
    region_id: model.text().index("IDX_region_restriction_region_id"),
    // Medusa product that may not be sold there
    product_id: model.text().index("IDX_region_restriction_product_id"),
  })
  .indexes([
    {
      name: "IDX_region_restriction_region_product_unique",
      on: ["region_id", "product_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default RegionRestriction
