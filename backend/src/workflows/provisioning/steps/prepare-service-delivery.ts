import type { MedusaContainer, OrderWorkflow } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SERVICE_DELIVERY } from "../../../lib/service-delivery"
import { serviceOptionsOf, type ProductLike } from "../../../lib/service-config"
import { subscriptionNumber } from "../../../modules/subscription/utils"
import type { QueueNotificationInput } from "../../notification/utils/prepare"
import { provisioningService } from "./service"

export type ServiceDelivery = {
  fulfillment: OrderWorkflow.CreateOrderFulfillmentWorkflowInput | null
  email: QueueNotificationInput | null
}

/**
 * What a service that became active still needs: the fulfillment of its
 * order line (once; none when the order is cancelled or the delivery option
 * is not set up) and the `service_ready` email with its address and how to
 * connect — never the password — once per provisioning of the service.
 */
export const prepareServiceDeliveryStep = createStep("prepare-service-delivery", async (input: { id: string }, { container }) => {
  const none: ServiceDelivery = { fulfillment: null, email: null }
  const service = await provisioningService(container).retrieveService(input.id)
  if (service.status !== "active") {
    return new StepResponse(none)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: subs } = await query.graph({
    entity: "subscription",
    fields: ["id", "display_id", "customer_id", "order_id", "line_item_id", "product_id", "product_title", "plan", "expires_at"],
    filters: { id: service.subscription_id },
  })
  const sub = subs[0] as Record<string, any> | undefined
  if (!sub) {
    return new StepResponse(none)
  }
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata", "categories.handle"], filters: { id: sub.product_id } })
  const product: ProductLike | undefined = products[0]
  const options = product ? serviceOptionsOf(product) : null
  const label = (list: { code: string; label: string }[] | undefined, code: string | null) => list?.find((c) => c.code === code)?.label ?? code

  const email: QueueNotificationInput = {
    template: "service_ready",
    customer_id: sub.customer_id,
    idempotency_key: `service_ready:${service.id}:${new Date(service.provisioned_at ?? 0).toISOString()}`,
    data: {
      subscription: {
        id: sub.id,
        number: subscriptionNumber(sub.display_id),
        product_title: sub.product_title,
        plan: sub.plan,
        expires_at: new Date(sub.expires_at).toISOString(),
      },
      service: {
        id: service.id,
        ipv4: service.ipv4,
        ipv6: service.ipv6,
        hostname: service.hostname,
        location: label(options?.locations, service.location),
        os: label(options?.os_images, service.os),
        ssh_command: service.ipv4 ? `ssh root@${service.ipv4}` : null,
      },
    },
  }
  return new StepResponse({ fulfillment: await fulfillmentFor(container, sub, service.id), email })
})

/** The fulfillment of the subscription's line still to be made, or null. */
async function fulfillmentFor(container: MedusaContainer, sub: Record<string, any>, serviceId: string): Promise<OrderWorkflow.CreateOrderFulfillmentWorkflowInput | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "items.id", "items.detail.quantity", "items.detail.fulfilled_quantity"],
    filters: { id: sub.order_id },
  })
  const order = orders[0] as Record<string, any> | undefined
  const item = (order?.items ?? []).find((i: any) => i?.id === sub.line_item_id)
  // quantities come back as big numbers
  const open = item ? MathBN.convert(item.detail?.quantity ?? 0).minus(MathBN.convert(item.detail?.fulfilled_quantity ?? 0)).toNumber() : 0
  if (!order || order.status === "canceled" || open <= 0) {
    return null
  }
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.location.id"],
    filters: { name: SERVICE_DELIVERY.shippingOption },
  })
  const option = options[0] as Record<string, any> | undefined
  const locationId = option?.service_zone?.fulfillment_set?.location?.id
  if (!option || !locationId) {
    container.resolve("logger").warn(`Order ${order.id} can't be fulfilled for service ${serviceId}: the "${SERVICE_DELIVERY.shippingOption}" option is not set up (run the seed)`)
    return null
  }
  return {
    order_id: order.id,
    items: [{ id: item.id, quantity: open }],
    shipping_option_id: option.id,
    location_id: locationId,
    requires_shipping: false,
    no_notification: true,
    metadata: { service_id: serviceId },
  }
}
