import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { loadServiceOptions } from "../../../../../workflows/service-options"

/**
 * GET /store/products/:id/service-options — what the buyer chooses for the
 * product (data center, OS image, hostname, domain) and which are required:
 * `{ kind, locations, os_images, requires, tlds }`. 404 for an unknown or
 * unpublished product.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const options = await loadServiceOptions(req.scope, req.params.id, req.publishable_key_context.sales_channel_ids)
  res.json(options)
}
