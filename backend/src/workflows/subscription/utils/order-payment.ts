import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isPayLater, payLaterDueAt } from "../../../lib/pay-later"

export type OrderLine = {
  id: string
  variant_id: string | null
  product_id: string | null
  product_title: string | null
  variant_title: string | null
  unit_price: number
  metadata: Record<string, unknown> | null
  variant_metadata: Record<string, unknown> | null
}

export type OrderPayment = {
  id: string
  display_id: number
  customer_id: string | null
  region_id: string | null
  currency_code: string
  total: number
  created_at: string
  /** every (non-cancelled) payment collection is captured in full */
  paid: boolean
  cancelled: boolean
  provider_id: string | null
  pay_later: boolean
  /** pay later: when it must be paid by */
  due_at: string | null
  payments: { provider_id?: string | null; data?: Record<string, unknown> | null }[]
  items: OrderLine[]
}

type PaymentRow = { provider_id?: string | null; data?: Record<string, unknown> | null; captured_at?: Date | string | null; canceled_at?: Date | string | null }
type CollectionRow = { id: string; status: string; amount?: unknown; captured_amount?: unknown; payments?: (PaymentRow | null)[] | null }
type ItemRow = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  product_title?: string | null
  variant_title?: string | null
  unit_price?: unknown
  metadata?: Record<string, unknown> | null
  variant?: { metadata?: Record<string, unknown> | null } | null
}
/** The order as read below. */
type OrderRow = {
  id: string
  display_id: number
  customer_id?: string | null
  region_id?: string | null
  currency_code: string
  status: string
  total?: unknown
  created_at: Date | string
  items?: ItemRow[] | null
  payment_collections?: (CollectionRow | null)[] | null
}

/**
 * An order as the subscription lifecycle sees it: its service lines and
 * whether its money is in. Paid means captured (Medusa's capture, a gateway's
 * automatic capture at checkout, or the admin's "Mark as paid"); an
 * authorized pay-later order is not paid.
 */
export async function loadOrderPayment(container: MedusaContainer, orderId: string): Promise<OrderPayment | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "customer_id",
      "region_id",
      "currency_code",
      "status",
      "total",
      "created_at",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.product_title",
      "items.variant_title",
      "items.unit_price",
      "items.metadata",
      "items.variant.metadata",
      "payment_collections.id",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.captured_amount",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  // Query's generated types describe the whole model; the fields read here make this row
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) {
    return null
  }
  const collections = (order.payment_collections ?? []).filter((pc): pc is CollectionRow => !!pc && pc.status !== "canceled")
  const payments = collections.flatMap((pc) => (pc.payments ?? []).filter((p): p is PaymentRow => !!p && !p.canceled_at))
  const total = Number(order.total ?? 0)
  const capturedInFull = (pc: CollectionRow) =>
    Number(pc.amount ?? 0) <= 0 ||
    Number(pc.captured_amount ?? 0) >= Number(pc.amount) - 0.005 ||
    (pc.payments ?? []).some((p) => p?.captured_at && !p.canceled_at)
  const paid = order.status !== "canceled" && (total <= 0 || (collections.length > 0 && collections.every(capturedInFull)))
  const providerId = payments[0]?.provider_id ?? null
  const payLater = isPayLater(providerId)
  return {
    id: order.id,
    display_id: Number(order.display_id),
    customer_id: order.customer_id ?? null,
    region_id: order.region_id ?? null,
    currency_code: order.currency_code,
    total,
    created_at: new Date(order.created_at).toISOString(),
    paid,
    cancelled: order.status === "canceled",
    provider_id: providerId,
    pay_later: payLater,
    due_at: payLater ? payLaterDueAt(order.created_at).toISOString() : null,
    payments,
    items: (order.items ?? []).map((i) => ({
      id: i.id,
      variant_id: i.variant_id ?? null,
      product_id: i.product_id ?? null,
      product_title: i.product_title ?? null,
      variant_title: i.variant_title ?? null,
      unit_price: Number(i.unit_price ?? 0),
      metadata: i.metadata ?? null,
      variant_metadata: i.variant?.metadata ?? null,
    })),
  }
}

/** The unpaid-order summary a subscription shows while an order of it waits for its money. */
export function unpaidOrderSummary(order: OrderPayment, kind: "first" | "renewal" | "upgrade", dueAt: string) {
  return { id: order.id, display_id: order.display_id, total: order.total, currency_code: order.currency_code, due_at: dueAt, kind }
}

/** What kind of line this is for the subscription lifecycle. */
export function lineKind(line: OrderLine): "renewal" | "upgrade" | "new" | "other" {
  if (line.metadata?.upgrade_of) {
    return "upgrade"
  }
  if (line.metadata?.subscription_id) {
    return "renewal"
  }
  return line.variant_metadata?.billing_interval && line.variant_id && line.product_id ? "new" : "other"
}
