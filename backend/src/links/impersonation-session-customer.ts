import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ImpersonationModule from "../modules/impersonation"

/** impersonation_session.customer (read-only: the session holds the customer id). */
export default defineLink(
  { linkable: ImpersonationModule.linkable.impersonationSession, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
