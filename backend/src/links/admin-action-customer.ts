import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import BackofficeModule from "../modules/backoffice"

/** admin_action.customer (read-only: the action holds the customer id). */
export default defineLink(
  { linkable: BackofficeModule.linkable.adminAction, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
