import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { containsLike, customerIdsMatching } from "../../utils/customer-search"

/** Orders a list may reach through its customer filters (a support search, not an export). */
const MAX_ORDERS = 5000

const prefixLike = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

async function orderIdsWhere(container: MedusaContainer, filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters, pagination: { take: MAX_ORDERS, skip: 0 } })
  return data.map((o: { id: string }) => o.id)
}

/**
 * Filters of `GET /admin/invoices`: `status` and `kind` as stored, `number` (its start), `customer_id` and
 * `email` through the document's order, `issued_at` range, and `q` over the
 * number, the document's and order's id, and the customer (email, name,
 * customer or shopper id). Filters combine (AND).
 */
export async function invoiceFilters(container: MedusaContainer, params: Record<string, unknown>) {
  const { q, number, customer_id, email, ...rest } = params
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  const and: Record<string, unknown>[] = []
  if (typeof number === "string") {
    and.push({ number: { $ilike: prefixLike(number) } })
  }
  if (typeof customer_id === "string") {
    and.push({ order_id: await orderIdsWhere(container, { customer_id }) })
  }
  if (typeof email === "string") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { email: { $ilike: containsLike(email) } },
      pagination: { take: 500, skip: 0 },
    })
    const customerIds = customers.map((c: { id: string }) => c.id)
    and.push({
      order_id: await orderIdsWhere(container, {
        $or: [{ email: { $ilike: containsLike(email) } }, ...(customerIds.length ? [{ customer_id: customerIds }] : [])],
      }),
    })
  }
  if (typeof q === "string" && q) {
    const customerIds = await customerIdsMatching(container, q)
    const orderIds = customerIds.length ? await orderIdsWhere(container, { customer_id: customerIds }) : []
    and.push({
      $or: [{ number: { $ilike: prefixLike(q) } }, { id: q }, { order_id: [q, ...orderIds] }],
    })
  }
  if (and.length) {
    filters.$and = and
  }
  return filters
}
