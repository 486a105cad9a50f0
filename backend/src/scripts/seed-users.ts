import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { adminVerifyEmailWorkflow, registerCustomerAccountWorkflow } from "../workflows/account"

/**
 * Seed step: the admin user (ADMIN_EMAIL / ADMIN_PASSWORD) when it does not
 * exist yet. True when it was created.
 */
export async function ensureAdminUser(container: MedusaContainer): Promise<boolean> {
  const email = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
  const password = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"
  const userService = container.resolve(Modules.USER)
  const [user] = await userService.listUsers({ email })
  if (!user) {
    const authService = container.resolve(Modules.AUTH)
    const { authIdentity, error } = await authService.register("emailpass", {
      body: { email, password },
    } as Parameters<typeof authService.register>[1])
    if (error || !authIdentity) {
      throw new Error(`Could not create the admin user ${email}: ${error}`)
    }
    await createUserAccountWorkflow(container).run({
      input: { userData: { email, first_name: "Store", last_name: "Admin" }, authIdentityId: authIdentity.id },
    })
    return true
  }
  return false
}

/**
 * Seed step: a demo shopper, verified like every account that can sign in.
 * Null when nothing was done; else how many verified shoppers it made (0 or 1).
 */
export async function ensureDemoShopper(container: MedusaContainer): Promise<number | null> {
  const shopperEmail = (process.env.DEMO_SHOPPER_EMAIL || "shopper@cloudservices.local").toLowerCase()
  const customerService = container.resolve(Modules.CUSTOMER)
  const [shopper] = await customerService.listCustomers({ email: shopperEmail, has_account: true })
  // in production only when a password is given: no known credentials on a real store
  if (!shopper && (process.env.NODE_ENV !== "production" || process.env.DEMO_SHOPPER_PASSWORD)) {
    await registerCustomerAccountWorkflow(container).run({
      input: {
        email: shopperEmail,
        password: process.env.DEMO_SHOPPER_PASSWORD || "Cloud-Demo-2026!",
        first_name: "Demo",
        last_name: "Shopper",
        asOf: new Date(),
      },
    })
    const [created_] = await customerService.listCustomers({ email: shopperEmail, has_account: true })
    const authService = container.resolve(Modules.AUTH)
    const [provider] = await authService.listProviderIdentities({ provider: "emailpass", entity_id: shopperEmail })
    await adminVerifyEmailWorkflow(container).run({
      input: { customer_id: created_.id, reason: "Demo account created by the seed", actor_id: "seed", asOf: new Date() },
    })
    return provider ? 1 : 0
  }
  return null
}
