import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdNamedBy, customerIdsMatching } from "../../utils/customer-search"

/** An order number as people type it (`12`, `#12`): Medusa's own `q` answers those. */
const ORDER_NUMBER = /^#?\d+$/

/**
 * Medusa's `q` on `GET /admin/orders` matches the order's number and email
 * but not who placed it: a `q` that is exactly a customer id (`cus_…`) or a
 * shopper id (`CS-7Q2K9M`) becomes a `customer_id` filter, and so does one
 * that names customers (part of their email, their name: every order has a
 * customer, guests' included). Runs after Medusa's validation (its
 * middlewares are registered before ours), so it edits the validated
 * filters; order numbers and anything that names no customer are left to
 * Medusa's `q`.
 */
export async function ordersByShopper(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const validated = req.filterableFields as Record<string, unknown> | undefined
  const source = (validated ?? req.query) as Record<string, unknown>
  const q = source?.q
  if (typeof q === "string" && q.trim()) {
    const customerId = await customerIdNamedBy(req.scope, q)
    const customerIds = customerId ? [customerId] : ORDER_NUMBER.test(q.trim()) ? [] : await customerIdsMatching(req.scope, q)
    if (customerIds.length) {
      // a customer filter given alongside still narrows: both must hold
      const given = source.customer_id === undefined ? null : ([] as unknown[]).concat(source.customer_id)
      const ids = given ? customerIds.filter((id) => given.includes(id)) : customerIds
      delete source.q
      // no customer left: an id no customer has, so the list is empty rather than unfiltered
      source.customer_id = ids.length === 0 ? "cus_none" : ids.length === 1 ? ids[0] : ids
    }
  }
  next()
}
