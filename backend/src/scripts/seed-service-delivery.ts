import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SERVICE_DELIVERY } from "../lib/service-delivery"

/**
 * What fulfilling a service's order line needs (src/lib/service-delivery.ts):
 * a stock location served by Medusa's manual fulfillment provider, a
 * fulfillment set with a service zone without geo zones (no cart is ever
 * offered its option) and a free "Service delivery" shipping option.
 * Idempotent: looks for each piece by name first. Returns how many pieces
 * it created.
 */
export async function ensureServiceDelivery(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let created = 0

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name"],
    filters: { name: SERVICE_DELIVERY.location },
  })
  let location = locations[0] as Record<string, any> | undefined
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: SERVICE_DELIVERY.location }] } })
    location = { id: result[0].id, fulfillment_providers: [], fulfillment_sets: [] }
    created++
  }
  if (!(location.fulfillment_providers ?? []).some((p: any) => p?.id === SERVICE_DELIVERY.provider)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: SERVICE_DELIVERY.provider },
    })
    created++
  }

  let set = (location.fulfillment_sets ?? []).find((s: any) => s?.name === SERVICE_DELIVERY.fulfillmentSet)
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: SERVICE_DELIVERY.fulfillmentSet, type: "delivery" } },
    })
    ;[set] = await fulfillment.listFulfillmentSets({ name: SERVICE_DELIVERY.fulfillmentSet })
    created++
  }

  let [zone] = await fulfillment.listServiceZones({ name: SERVICE_DELIVERY.serviceZone, fulfillment_set: { id: set.id } })
  if (!zone) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: { data: [{ name: SERVICE_DELIVERY.serviceZone, fulfillment_set_id: set.id, geo_zones: [] }] },
    })
    zone = result[0]
    created++
  }

  let [profile] = await fulfillment.listShippingProfiles({ name: SERVICE_DELIVERY.shippingProfile })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: SERVICE_DELIVERY.shippingProfile, type: "digital" }] },
    })
    profile = result[0]
    created++
  }

  const [option] = await fulfillment.listShippingOptions({ name: SERVICE_DELIVERY.shippingOption })
  if (!option) {
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: SERVICE_DELIVERY.shippingOption,
          service_zone_id: zone.id,
          shipping_profile_id: profile.id,
          provider_id: SERVICE_DELIVERY.provider,
          price_type: "flat",
          type: { label: "Service delivery", description: "Delivered online when the service runs", code: "service-delivery" },
          prices: [{ currency_code: "usd", amount: 0 }],
        },
      ],
    })
    created++
  }
  return created
}
