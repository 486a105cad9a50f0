import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

export type PaymentOrder = { id: string; display_id: number; email: string | null; customer_id: string | null; status: string }

const ORDER_FIELDS = ["id", "display_id", "email", "customer_id", "status"]

/** The order of each payment collection (Medusa's order ↔ payment collection link), in two queries. */
export async function ordersOfCollections(container: MedusaContainer, collectionIds: string[]) {
  const out = new Map<string, PaymentOrder>()
  const ids = [...new Set(collectionIds.filter(Boolean))]
  if (!ids.length) {
    return out
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["payment_collection_id", "order_id"],
    filters: { payment_collection_id: ids },
  })
  const orderIds = [...new Set(links.map((l: any) => l.order_id as string))]
  if (!orderIds.length) {
    return out
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  const byId = new Map(orders.map((o: any) => [o.id as string, o as PaymentOrder]))
  for (const link of links as { payment_collection_id: string; order_id: string }[]) {
    const order = byId.get(link.order_id)
    if (order) {
      out.set(link.payment_collection_id, order)
    }
  }
  return out
}

/** The payment collections of orders (the reverse of the above). */
export async function collectionsOfOrders(container: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_payment_collection",
    fields: ["payment_collection_id"],
    filters: { order_id: orderIds },
  })
  return data.map((l: any) => l.payment_collection_id as string)
}

type PaymentAmounts = { amount: BigNumberInput; captured_at?: unknown; canceled_at?: unknown; refunds?: { amount: BigNumberInput }[] | null }

/** What was refunded of a payment (major units). */
export const refundedAmount = (p: PaymentAmounts) =>
  (p.refunds ?? []).reduce((total, r) => MathBN.add(total, MathBN.convert(r.amount)), MathBN.convert(0))

/** paid, partly or fully refunded, cancelled, or authorized and not yet captured. */
export function paymentStatus(p: PaymentAmounts) {
  if (p.canceled_at) {
    return "canceled"
  }
  const refunded = refundedAmount(p)
  if (MathBN.gt(refunded, 0)) {
    return MathBN.gte(refunded, MathBN.convert(p.amount)) ? "refunded" : "partially_refunded"
  }
  return p.captured_at ? "captured" : "authorized"
}
