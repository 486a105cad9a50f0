/**
 * Services are delivered, not shipped: their order lines are fulfilled from
 * one stock location through Medusa's manual fulfillment provider and a
 * shipping option no cart ever sees (its service zone has no geo zones), so
 * the admin shows the order Fulfilled once the service runs. The seed creates
 * these (src/scripts/seed-service-delivery.ts); the delivery workflow finds
 * them by name.
 */
export const SERVICE_DELIVERY = {
  location: "Cloud data centers",
  fulfillmentSet: "Service delivery",
  serviceZone: "Online delivery (no shipping)",
  shippingProfile: "Cloud services",
  shippingOption: "Service delivery (no shipping)",
  provider: "manual_manual",
} as const
