import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { containsLike, customerIdsMatching } from "../../utils/customer-search"
import { ordersOfCollections } from "../../utils/payment-orders"
import type { AdminGetPaymentFailuresParamsType } from "./validators"

const CUSTOMER_FIELDS = ["id", "email", "first_name", "last_name"]

type Failure = { id: string; cart_id: string | null; payment_collection_id: string | null; customer_id: string | null }

/**
 * GET /admin/payment-failures — failed and cancelled gateway payments
 * (payment-log module), newest first, each with its customer and, when the
 * cart became an order (or the collection is an order's), that order.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPaymentFailuresParamsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...rest } = req.filterableFields as Record<string, unknown>
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  if (typeof q === "string" && q) {
    const customerIds = await customerIdsMatching(req.scope, q)
    filters.$or = [
      { id: q },
      { payment_session_id: q },
      { cart_id: q },
      { email: { $ilike: containsLike(q) } },
      ...(customerIds.length ? [{ customer_id: customerIds }] : []),
    ]
  }
  const { data, metadata } = await query.graph({
    entity: "payment_failure",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { occurred_at: "DESC", id: "DESC" } },
  })
  const failures = data as Failure[]
  const cartIds = [...new Set(failures.map((f) => f.cart_id).filter((v): v is string => !!v))]
  const collectionIds = [...new Set(failures.map((f) => f.payment_collection_id).filter((v): v is string => !!v))]
  const customerIds = [...new Set(failures.map((f) => f.customer_id).filter((v): v is string => !!v))]
  // the cart's order when the shopper paid another way afterwards; the collection's when it is an order's (pay later)
  const [byCart, orderOfCollection, customers] = await Promise.all([
    cartIds.length
      ? query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } }).then((r) => r.data)
      : [],
    ordersOfCollections(req.scope, collectionIds),
    customerIds.length
      ? query.graph({ entity: "customer", fields: CUSTOMER_FIELDS, filters: { id: customerIds } }).then((r) => r.data)
      : [],
  ])
  const cartOrderIds = [...new Set(byCart.map((l: any) => l.order_id as string))]
  const cartOrders = cartOrderIds.length
    ? (await query.graph({ entity: "order", fields: ["id", "display_id", "email", "customer_id", "status"], filters: { id: cartOrderIds } })).data
    : []
  const cartOrderById = new Map<string, unknown>(cartOrders.map((o: any): [string, unknown] => [o.id, o]))
  const orderOfCart = new Map<string, unknown>(byCart.map((l: any): [string, unknown] => [l.cart_id, cartOrderById.get(l.order_id)]))
  const customerById = new Map<string, unknown>(customers.map((c: any): [string, unknown] => [c.id, c]))
  res.json({
    payment_failures: failures.map((f) => ({
      ...f,
      customer: (f.customer_id && customerById.get(f.customer_id)) || null,
      order: (f.payment_collection_id && orderOfCollection.get(f.payment_collection_id)) || (f.cart_id && orderOfCart.get(f.cart_id)) || null,
    })),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
