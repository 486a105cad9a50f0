import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchSubscription } from "../../../store/subscriptions/helpers"

/** GET /admin/subscriptions/:id — with its customer, orders and timeline. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    subscription: await fetchSubscription(req.scope, req.params.id, {
      withEvents: true,
      extraFields: ["customer.id", "customer.email", "customer.first_name", "customer.last_name", "orders.id", "orders.display_id", "orders.created_at"],
    }),
  })
}
