import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { serviceConfigErrors, serviceOptionsOf } from "../../../lib/service-config"

export type ServiceConfigLine = {
  variant_id?: string | null
  metadata?: Record<string, unknown> | null
}

/** Renewal and upgrade lines carry on an existing subscription, whose options were chosen at purchase. */
export function continuesSubscription(metadata?: Record<string, unknown> | null): boolean {
  return !!(metadata?.subscription_id || metadata?.upgrade_of)
}

/**
 * Guard used by the cart workflows' validate hooks: every new line of a
 * product with purchase options carries a valid `metadata.service_config`
 * (data center, OS image, hostname, SSH key, domain; see
 * lib/service-config.ts). Throws INVALID_DATA (a 400) naming the product and
 * every problem, before anything is written.
 */
export async function assertServiceConfig(
  container: MedusaContainer,
  lines: (ServiceConfigLine | null | undefined)[] | null | undefined
): Promise<void> {
  const checked = (lines ?? []).filter(
    (l): l is ServiceConfigLine & { variant_id: string } => !!l?.variant_id && !continuesSubscription(l.metadata)
  )
  if (!checked.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.title", "product.metadata", "product.categories.handle"],
    filters: { id: [...new Set(checked.map((l) => l.variant_id))] },
  })
  const byId = new Map(variants.map((v) => [v.id, v]))
  for (const line of checked) {
    const variant = byId.get(line.variant_id)
    if (!variant?.product) {
      // an unknown variant is Medusa's own error, a few steps on
      continue
    }
    const plan = (variant.metadata as Record<string, unknown> | null)?.plan
    const errors = serviceConfigErrors(
      serviceOptionsOf(variant.product),
      line.metadata?.service_config,
      typeof plan === "string" ? plan : null
    )
    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${variant.product.title}: ${errors.join(" ")}`)
    }
  }
}
