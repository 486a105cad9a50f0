import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { customerIdsMatching } from "../../utils/customer-search"
import { collectionsOfOrders, ordersOfCollections, paymentStatus, refundedAmount } from "../../utils/payment-orders"
import type { AdminGetPaymentsOverviewParamsType } from "./validators"
import type { AdminPaymentListResponse } from "../../../types/http"

const captured = (captures: { amount: BigNumberInput }[] | undefined) =>
  (captures ?? []).reduce((total, c) => MathBN.add(total, MathBN.convert(c.amount)), MathBN.convert(0)).toNumber()

/**
 * GET /admin/payments-overview — every payment (Medusa's payment module),
 * newest first, with its order and customer, captured and refunded amounts.
 * Medusa's own `GET /admin/payments` knows neither the order nor who paid,
 * so its answer is left alone and this list is the back office's. `q` and
 * `customer_id` reach payments through the customer's orders.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPaymentsOverviewParamsType>, res: MedusaResponse<AdminPaymentListResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, customer_id, ...rest } = req.filterableFields as Record<string, unknown>
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  const and: Record<string, unknown>[] = []
  if (typeof customer_id === "string") {
    const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { customer_id } })
    and.push({ payment_collection_id: await collectionsOfOrders(req.scope, data.map((o: any) => o.id)) })
  }
  if (typeof q === "string" && q) {
    const customerIds = await customerIdsMatching(req.scope, q)
    const number = /^#?(\d{1,9})$/.exec(q)
    const orderMatch: Record<string, unknown>[] = [{ id: q }, ...(number ? [{ display_id: Number(number[1]) }] : [])]
    if (customerIds.length) {
      orderMatch.push({ customer_id: customerIds })
    }
    const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { $or: orderMatch } })
    const collectionIds = await collectionsOfOrders(req.scope, orders.map((o: any) => o.id))
    and.push({ $or: [{ id: q }, ...(collectionIds.length ? [{ payment_collection_id: collectionIds }] : [])] })
  }
  if (and.length) {
    filters.$and = and
  }
  const { data, metadata } = await query.graph({
    entity: "payment",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { created_at: "DESC", id: "DESC" } },
  })
  const orderOf = await ordersOfCollections(req.scope, data.map((p: any) => p.payment_collection_id))
  const customerIds = [...new Set([...orderOf.values()].map((o) => o.customer_id).filter((v): v is string => !!v))]
  const customers = customerIds.length
    ? (await query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name", "has_account"], filters: { id: customerIds } })).data
    : []
  const customerById = new Map(customers.map((c: any) => [c.id as string, c]))
  res.json({
    payments: data.map((p: any) => {
      const order = orderOf.get(p.payment_collection_id) ?? null
      return {
        ...p,
        captured_amount: captured(p.captures),
        refunded_amount: refundedAmount(p).toNumber(),
        status: paymentStatus(p),
        order,
        customer: (order?.customer_id && customerById.get(order.customer_id)) || null,
      }
    }),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
