import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { collectionsOfOrders, ordersOfCollections, paymentStatus } from "../../../utils/payment-orders"
import type { StoreGetPaymentsParamsType } from "../validators"
import type { StorePaymentListResponse } from "../../../../types/http"

const PAYMENT_FIELDS = [
  "id",
  "amount",
  "currency_code",
  "provider_id",
  "payment_collection_id",
  "captured_at",
  "canceled_at",
  "created_at",
  "refunds.id",
  "refunds.amount",
  "refunds.created_at",
]

/**
 * GET /store/account/payments — the signed-in customer's payments (and their
 * refunds) over all their orders, newest first: amount, currency, provider,
 * status, dates, the order's number and its invoice. Only the caller's
 * orders are read, so nobody else's payment can appear.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetPaymentsParamsType>, res: MedusaResponse<StorePaymentListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery as StoreGetPaymentsParamsType
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id, is_draft_order: false },
  })
  const collectionIds = await collectionsOfOrders(req.scope, orders.map((o: any) => o.id))
  if (!collectionIds.length) {
    return res.json({ payments: [], count: 0, offset, limit })
  }
  const { data, metadata } = await query.graph({
    entity: "payment",
    fields: PAYMENT_FIELDS,
    filters: { payment_collection_id: collectionIds },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const orderOf = await ordersOfCollections(req.scope, data.map((p: any) => p.payment_collection_id))
  const orderIds = [...new Set([...orderOf.values()].map((o) => o.id))]
  const { data: invoices } = orderIds.length
    ? await query.graph({ entity: "invoice", fields: ["order_id", "number"], filters: { order_id: orderIds, kind: "invoice" } })
    : { data: [] }
  const invoiceOf = new Map(invoices.map((i: any) => [i.order_id as string, i.number as string]))
  res.json({
    payments: data.map((p: any) => {
      const order = orderOf.get(p.payment_collection_id)!
      return {
        id: p.id,
        amount: p.amount,
        currency_code: p.currency_code,
        provider_id: p.provider_id,
        status: paymentStatus(p),
        created_at: p.created_at,
        captured_at: p.captured_at ?? null,
        canceled_at: p.canceled_at ?? null,
        refunds: (p.refunds ?? [])
          .map((r: any) => ({ id: r.id, amount: r.amount, created_at: r.created_at }))
          .sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()),
        order: { id: order.id, display_id: order.display_id },
        invoice: { number: invoiceOf.get(order.id) ?? null, url: `/store/orders/${order.id}/invoice` },
      }
    }),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
