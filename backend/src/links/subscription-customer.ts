import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SubscriptionModule from "../modules/subscription"

/** subscription.customer (read-only: the subscription holds the customer id). */
export default defineLink(
  { linkable: SubscriptionModule.linkable.subscription, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
