import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import type { PlanTerms } from "../../../modules/subscription/service"
import { addInterval, type BillingInterval } from "../../../modules/subscription/utils"

export type PlanOption = PlanTerms & {
  title: string
  currency_code: string
  kind: "current" | "upgrade" | "downgrade"
  /** what an upgrade charges now for the rest of the term (credit for the unused days deducted); 0 otherwise */
  due_now: number
}

type Sub = {
  id: string
  product_id: string
  variant_id: string
  region_id: string
  currency_code: string
  amount: unknown
  current_period_start: Date | string
  expires_at: Date | string
}

/** A variant as read below: a plan when its metadata names a billing interval and it has a price in the region. */
type VariantRow = { id: string; title: string; metadata: Record<string, unknown> | null; calculated_price?: { calculated_amount?: number | null } | null }
type PlanVariant = VariantRow & { metadata: Record<string, unknown>; calculated_price: { calculated_amount: number } }

const isPricedPlan = (v: VariantRow): v is PlanVariant => !!v.metadata?.billing_interval && v.calculated_price?.calculated_amount != null

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * Prorated price of moving to `to` at `asOf`: the new plan's price for the
 * time left in the term minus the unused part of what was paid for the
 * current one. Positive → an upgrade paid now; otherwise a downgrade that
 * waits for the next renewal (nothing is refunded).
 */
export function prorate(sub: Sub, to: { amount: number; billing_interval: BillingInterval; billing_interval_count: number }, asOf: Date) {
  const start = new Date(sub.current_period_start).getTime()
  const end = new Date(sub.expires_at).getTime()
  const left = Math.max(0, end - Math.max(asOf.getTime(), start))
  const paidTerm = Math.max(1, end - start)
  const newTerm = Math.max(1, addInterval(asOf, to.billing_interval, to.billing_interval_count).getTime() - asOf.getTime())
  const credit = (Number(sub.amount) * left) / paidTerm
  const cost = (to.amount * left) / newTerm
  return { due_now: round2(cost - credit), credit: round2(credit), cost: round2(cost) }
}

/** The other plans and terms of the subscription's product, priced in its region, with what each change would cost now. */
export async function planOptions(container: MedusaContainer, sub: Sub, asOf: Date): Promise<PlanOption[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "metadata", "product_id", "calculated_price.*"],
    filters: { product_id: sub.product_id },
    context: { calculated_price: QueryContext({ region_id: sub.region_id, currency_code: sub.currency_code }) },
  })
  const rows: VariantRow[] = variants
  return rows
    .filter(isPricedPlan)
    .map((v) => {
      const terms: PlanTerms = {
        variant_id: v.id,
        plan: String(v.metadata.plan ?? v.title),
        amount: Number(v.calculated_price.calculated_amount),
        billing_interval: v.metadata.billing_interval as BillingInterval,
        billing_interval_count: Number(v.metadata.billing_interval_count ?? 1),
      }
      if (v.id === sub.variant_id) {
        return { ...terms, title: v.title, currency_code: sub.currency_code, kind: "current" as const, due_now: 0 }
      }
      const { due_now } = prorate(sub, terms, asOf)
      return {
        ...terms,
        title: v.title,
        currency_code: sub.currency_code,
        kind: due_now > 0 ? ("upgrade" as const) : ("downgrade" as const),
        due_now: Math.max(0, due_now),
      }
    })
}

/** The option for `variantId`, or a 400 that says why it can't be chosen. */
export async function planOption(container: MedusaContainer, sub: Sub & { status: string }, variantId: string, asOf: Date) {
  if (!["active", "suspended"].includes(sub.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The plan of a ${sub.status.replace("_", " ")} subscription can't be changed`)
  }
  const option = (await planOptions(container, sub, asOf)).find((o) => o.variant_id === variantId)
  if (!option) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose another plan or term of the same product, sold in this region")
  }
  if (option.kind === "current") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The subscription is already on this plan")
  }
  return option
}
