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

export const PLAN_NEEDS_ACCOUNT = "Sign in to a verified account to buy a plan"

type CartLine = { variant_id?: string | null; metadata?: Record<string, unknown> | null } | null

/**
 * Whether a cart buys or renews a plan: a line renewing a subscription
 * (`subscription_id` in its metadata) or of a variant sold by the term
 * (`billing_interval` in the variant's metadata).
 */
export async function cartHoldsPlan(container: MedusaContainer, items: CartLine[] | null | undefined): Promise<boolean> {
  const lines = (items ?? []).filter((i): i is NonNullable<CartLine> => !!i)
  if (lines.some((i) => i.metadata?.subscription_id)) {
    return true
  }
  const variantIds = [...new Set(lines.map((i) => i.variant_id).filter((id): id is string => !!id))]
  if (!variantIds.length) {
    return false
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "metadata"], filters: { id: variantIds } })
  return variants.some((v) => !!(v.metadata as Record<string, unknown> | null)?.billing_interval)
}

type PlanCart = { customer_id?: string | null; items?: CartLine[] | null }

const planRefused = () => new MedusaError(MedusaError.Types.NOT_ALLOWED, PLAN_NEEDS_ACCOUNT)

async function assertVerifiedAccount(container: MedusaContainer, customerId: string | null | undefined) {
  if (!customerId) {
    throw planRefused()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: customerId } })
  const [profile] = await accountService(container).listAccountProfiles({ customer_id: customerId })
  if (!customers[0]?.has_account || !profile?.email_verified_at) {
    throw planRefused()
  }
}

/**
 * A plan runs a service in someone's account, so only a registered customer
 * with a verified email may buy one, in a cart that is theirs; a guest cart
 * (or one of an account whose email is unconfirmed) is refused before
 * anything is written or any payment authorized. (completeCartWorkflow's
 * validate hook: every completion, payment webhooks included.)
 */
export async function assertPlanBuyerVerified(container: MedusaContainer, cart: PlanCart) {
  if (await cartHoldsPlan(container, cart.items)) {
    await assertVerifiedAccount(container, cart.customer_id)
  }
}

/**
 * The same, for a request: the cart's customer is the one signed in. A hook
 * can't see who asks, and Medusa puts a registered customer on a guest's
 * cart that carries their email; the store routes that pay for or complete
 * a cart check this before money can move.
 */
export async function assertPlanBuyerSignedIn(container: MedusaContainer, cart: PlanCart, actorId: string | null | undefined) {
  if (!(await cartHoldsPlan(container, cart.items))) {
    return
  }
  if (!actorId || actorId !== cart.customer_id) {
    throw planRefused()
  }
  await assertVerifiedAccount(container, cart.customer_id)
}
