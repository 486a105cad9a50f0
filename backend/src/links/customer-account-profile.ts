import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AccountModule from "../modules/account"

/** customer.account_profile (read-only: the profile holds the customer id). */
export default defineLink(
  { linkable: CustomerModule.linkable.customer, field: "id" },
  { ...AccountModule.linkable.accountProfile.id, primaryKey: "customer_id" },
  { readOnly: true }
)
