import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchSubscription } from "../../../store/subscriptions/helpers"
import { serviceActionsOf, serviceOfSubscription } from "../../../utils/services"
import type { AdminSubscriptionResponse, CustomerSummary, SubscriptionEvent, SubscriptionOrder } from "../../../../types/http"

/** GET /admin/subscriptions/:id — with its customer, orders, timeline, service and the service's action history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminSubscriptionResponse>) => {
  const subscription = await fetchSubscription<{ events: SubscriptionEvent[]; orders: SubscriptionOrder[]; customer: CustomerSummary | null }>(req.scope, req.params.id, {
    withEvents: true,
    extraFields: ["customer.id", "customer.email", "customer.first_name", "customer.last_name", "orders.id", "orders.display_id", "orders.created_at"],
  })
  const service = await serviceOfSubscription(req.scope, subscription, { admin: true })
  res.json({
    subscription: {
      ...subscription,
      service,
      service_actions: service ? await serviceActionsOf(req.scope, String(service.id)) : [],
    },
  })
}
