import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { serviceOptionsOf, type ProductLike } from "../../lib/service-config"
import type { AdminService, AdminServiceAction, StoreService } from "../../types/http"

/** What a customer sees of their service: where it is and how to reach it (the password only through /credentials). */
export const STORE_SERVICE_FIELDS = ["id", "status", "ipv4", "ipv6", "hostname", "location", "os", "provisioned_at", "suspended_at", "terminated_at", "terminate_after"]

/** What an admin sees: everything but the encrypted password. */
export const ADMIN_SERVICE_FIELDS = [
  ...STORE_SERVICE_FIELDS,
  "subscription_id",
  "order_id",
  "customer_id",
  "provider_id",
  "ssh_key_fingerprint",
  "external_id",
  "created_at",
  "updated_at",
]

export const SERVICE_ACTION_FIELDS = [
  "id",
  "action",
  "status",
  "attempts",
  "next_attempt_at",
  "error",
  "requested_by",
  "requested_by_id",
  "started_at",
  "finished_at",
  "created_at",
]

type Row = Record<string, any>

/**
 * The service of a subscription as `GET /store|admin/subscriptions/:id`
 * shows it, or null; with the data center and OS labels of its product
 * ("Frankfurt, DE", "Ubuntu 24.04 LTS") beside their codes.
 */
export async function serviceOfSubscription(
  container: MedusaContainer,
  subscription: Record<string, unknown>,
  options: { admin: true }
): Promise<AdminService | null>
export async function serviceOfSubscription(
  container: MedusaContainer,
  subscription: Record<string, unknown>,
  options?: { admin?: false }
): Promise<StoreService | null>
export async function serviceOfSubscription(
  container: MedusaContainer,
  subscription: Record<string, unknown>,
  { admin = false }: { admin?: boolean } = {}
): Promise<AdminService | StoreService | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "service",
    fields: [...(admin ? ADMIN_SERVICE_FIELDS : STORE_SERVICE_FIELDS), "root_password_encrypted"],
    filters: { subscription_id: String(subscription.id) },
  })
  const service = data[0] as Row | undefined
  if (!service) {
    return null
  }
  const { root_password_encrypted, ...shown } = service
  let labels = { location_label: service.location ?? null, os_label: service.os ?? null }
  if (typeof subscription.product_id === "string") {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata", "categories.handle"], filters: { id: subscription.product_id } })
    const product: ProductLike | undefined = products[0]
    if (product) {
      const options = serviceOptionsOf(product)
      labels = {
        location_label: options.locations.find((l) => l.code === service.location)?.label ?? service.location ?? null,
        os_label: options.os_images.find((o) => o.code === service.os)?.label ?? service.os ?? null,
      }
    }
  }
  // the row has the fields asked for above (STORE_/ADMIN_SERVICE_FIELDS)
  return { ...(shown as AdminService), ...labels, has_root_password: !!root_password_encrypted && service.status !== "terminated" }
}

/** A service's actions, newest first (the admin's history). */
export async function serviceActionsOf(container: MedusaContainer, serviceId: string, limit = 50) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "service_action",
    fields: SERVICE_ACTION_FIELDS,
    filters: { service_id: serviceId },
    pagination: { order: { created_at: "DESC" }, take: limit, skip: 0 },
  })
  return data as AdminServiceAction[]
}

/** One action as the routes answer it. */
export async function serviceAction(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "service_action", fields: [...SERVICE_ACTION_FIELDS, "service_id"], filters: { id } })
  return (data[0] as Row | undefined) ?? null
}
