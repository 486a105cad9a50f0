import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storeNotificationListFields } from "../../query-config"
import type { StoreNotificationResponse } from "../../../../../types/http"
import type { Sendable } from "../../../../utils/sendable"

/** GET /store/account/notifications/:id — one of the customer's own messages (404 otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<Sendable<StoreNotificationResponse>>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification_detail",
    fields: [...storeNotificationListFields, "body_html"],
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification with id: ${req.params.id} was not found`)
  }
  res.json({ notification: data[0] })
}
