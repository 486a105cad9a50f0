import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminRegion, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useRegionRestrictions } from "../lib/region-restrictions"

/** On Medusa's region page: how many products the region does not sell, and where to change that. */
const RegionRestrictionsWidget = ({ data: region }: DetailWidgetProps<AdminRegion>) => {
  const { data, isLoading } = useRegionRestrictions(region.id)
  const count = data?.product_ids.length ?? 0
  return (
    <Container className="flex flex-wrap items-center justify-between gap-2 px-6 py-4" data-testid="region-restrictions-widget">
      <div>
        <Heading level="h2">Restricted products</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {isLoading
            ? "…"
            : count
              ? `${count} ${count === 1 ? "product is" : "products are"} hidden from this region's storefront and refused at checkout.`
              : "Every published product is sold in this region."}
        </Text>
      </div>
      <Link
        to={`/region-restrictions?region_id=${region.id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
      >
        Manage restrictions
      </Link>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "region.details.after" })

export default RegionRestrictionsWidget
