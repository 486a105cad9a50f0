import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import NotificationLogModule from "../modules/notification-log"

/** notification_detail.customer (read-only: the log holds the customer id). */
export default defineLink(
  { linkable: NotificationLogModule.linkable.notificationDetail, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
