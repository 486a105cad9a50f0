import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Re-reads one endpoint or delivery after a write; NOT_FOUND when there is none. */
export async function refetchWebhookEntity(
  scope: MedusaContainer,
  entity: "webhook_endpoint" | "webhook_delivery",
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${entity === "webhook_endpoint" ? "Webhook endpoint" : "Webhook delivery"} with id: ${id} was not found`
    )
  }
  return data[0] as Record<string, unknown>
}
