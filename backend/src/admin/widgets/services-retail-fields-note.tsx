import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { InformationCircleSolid } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"

/**
 * Medusa's product and order pages show retail fields (weight, dimensions, HS code, origin
 * country, shipping profile, shipping address, fulfillment) that an admin extension can't remove.
 * This note says which ones services ignore, beside them.
 */
const ServicesRetailFieldsNote = () => (
  <Container className="flex items-start gap-x-3 px-6 py-4" data-testid="services-retail-fields-note">
    <InformationCircleSolid className="text-ui-fg-interactive mt-0.5 shrink-0" />
    <div className="flex flex-col gap-y-1">
      <Heading level="h2">Services ship nothing</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        No shipping address, weight, dimensions, HS code, MID code or origin country is needed: leave those fields empty.
        Inventory is not tracked for plans. An order is "fulfilled" when its service is provisioned, not when a parcel leaves.
      </Text>
    </div>
  </Container>
)

export const config = defineWidgetConfig({ zone: ["product.details.side.before", "order.details.side.before"] })

export default ServicesRetailFieldsNote
