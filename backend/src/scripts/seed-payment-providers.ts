import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { regionProviderIds, SYSTEM_PROVIDER_ID, type PaymentEnv } from "../lib/payment-providers"

export type RegionProviderChange = { region: string; from: string[]; to: string[] }

/**
 * Puts every region on the payment providers it should offer with the keys
 * this process has (src/lib/payment-providers.ts): North America, Europe and
 * the UK take Stripe + PayPal, India Razorpay + Stripe; a region whose
 * gateways have no keys keeps Medusa's offline system provider, so the demo
 * works without any. Only providers Medusa actually loaded are linked.
 * Idempotent: a region already right is left alone. Run by the seed and on
 * every start (`npm start` runs the seed with `once`, the Docker image runs
 * sync-payment-providers.js), so adding or removing a key takes effect at
 * the next start.
 */
export async function syncRegionPaymentProviders(
  container: MedusaContainer,
  env: PaymentEnv = process.env
): Promise<RegionProviderChange[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const payment = container.resolve(Modules.PAYMENT)
  const enabled = new Set(
    (await payment.listPaymentProviders({ is_enabled: true }, { select: ["id"] })).map((p) => p.id)
  )
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
  })
  const changes: RegionProviderChange[] = []
  for (const region of regions as Array<{ id: string; name: string; payment_providers?: Array<{ id: string } | null> }>) {
    let wanted = regionProviderIds(region.name, env).filter((id) => enabled.has(id))
    if (!wanted.length) {
      wanted = [SYSTEM_PROVIDER_ID]
    }
    const current = (region.payment_providers ?? []).filter(Boolean).map((p) => p!.id)
    const same = current.length === wanted.length && wanted.every((id) => current.includes(id))
    if (same) {
      continue
    }
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: wanted } },
    })
    changes.push({ region: region.name, from: current, to: wanted })
    logger.info(`[payments] ${region.name}: ${current.join(", ") || "none"} → ${wanted.join(", ")}`)
  }
  return changes
}

/** `medusa exec ./src/scripts/sync-payment-providers.ts` */
export default async function run({ container }: ExecArgs) {
  const changes = await syncRegionPaymentProviders(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(changes.length ? `[payments] ${changes.length} region(s) updated.` : "[payments] region payment providers are up to date.")
}
