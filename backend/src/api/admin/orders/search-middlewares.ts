import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerIdNamedBy } from "../../utils/customer-search"

/**
 * Medusa's `q` on `GET /admin/orders` matches the order's number and email
 * but not who placed it: a `q` that is exactly a customer id (`cus_…`) or a
 * shopper id (`CS-7Q2K9M`) becomes a `customer_id` filter. Runs after
 * Medusa's validation (its middlewares are registered before ours), so it
 * edits the validated filters; anything else is left to Medusa's `q`.
 */
export async function ordersByShopper(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const validated = req.filterableFields as Record<string, unknown> | undefined
  const source = (validated ?? req.query) as Record<string, unknown>
  const q = source?.q
  if (typeof q === "string" && q.trim()) {
    const customerId = await customerIdNamedBy(req.scope, q)
    if (customerId) {
      delete source.q
      source.customer_id = customerId
    }
  }
  next()
}
