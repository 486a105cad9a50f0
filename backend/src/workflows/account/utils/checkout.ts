import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { accountService } from "./identity"

/**
 * Checkout is refused to a suspended or deleted account, to a registered
 * customer whose email is not verified, and to a guest cart carrying the
 * email of a suspended account.
 */
export async function assertCustomerMayBuy(container: MedusaContainer, cart: { customer_id?: string | null; email?: string | null }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set<string>()
  if (cart.customer_id) {
    ids.add(cart.customer_id)
  }
  if (cart.email) {
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: cart.email.toLowerCase(), has_account: true } })
    data.forEach((c) => ids.add(c.id))
  }
  if (!ids.size) {
    return
  }
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: [...ids] } })
  const profiles = await accountService(container).listAccountProfiles({ customer_id: [...ids] })
  for (const profile of profiles) {
    if (profile.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account can't place orders: it is suspended. Contact support.")
    }
    const customer = customers.find((c) => c.id === profile.customer_id)
    if (customer?.has_account && profile.customer_id === cart.customer_id && !profile.email_verified_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Confirm your email address before checking out.")
    }
  }
}
