import type { MedusaContainer } from "@medusajs/framework/types"
import { runSubscriptionLifecycle } from "../src/workflows/subscription"
import {
  adminHeaders,
  eventually,
  findVariant,
  markOrderPaid,
  payAndComplete,
  registerCustomer,
  seedStore,
  type StoreContext,
  US_ADDRESS,
} from "./helpers"

export const DAY = 86_400_000
export const ADDRESS = US_ADDRESS

/**
 * The shared set-up of the subscriptions specs (subscriptions.spec.ts, subscriptions-renewals-admin.spec.ts): registers
 * their hooks in the calling test suite and hands back its helpers.
 */
export function setupSubscriptionsSpec({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) {
  let ctx: StoreContext
  let admin: { headers: Record<string, string> }
  beforeAll(async () => {
    ctx = await seedStore(getContainer(), api)
    admin = await adminHeaders(api)
  })

  async function checkout(shopper: { email: string; headers: any }, cartId: string) {
    await api.post(`/store/carts/${cartId}`, { email: shopper.email, billing_address: ADDRESS, shipping_address: ADDRESS }, shopper.headers)
    const { data } = await payAndComplete(api, cartId, shopper.headers)
    return data.order
  }

  const getSub = async (shopper: { headers: any }, id: string) => (await api.get(`/store/subscriptions/${id}`, shopper.headers)).data.subscription

  /** Buys a plan with bank transfer / pay later; `paid` also records the transfer (the admin's capture). */
  async function buyPlan(term: "Monthly" | "Yearly" = "Monthly", { paid = true } = {}) {
    const shopper = await registerCustomer(api, ctx)
    const { line } = await findVariant(api, ctx, "cloud-vps", "Standard", term)
    const { data } = await api.post(
      "/store/carts",
      { region_id: ctx.regions["North America"].id, items: [line] },
      shopper.headers
    )
    const order = await checkout(shopper, data.cart.id)
    let sub = await waitForSubscription(shopper)
    if (paid) {
      await markOrderPaid(api, order.id)
      sub = await eventually(() => getSub(shopper, sub.id), (s) => s.status === "active")
    }
    return { shopper, order, sub }
  }

  async function waitForSubscription(shopper: { headers: any }) {
    const { data } = await eventually(() => api.get("/store/subscriptions", shopper.headers), (r: any) => r.data.subscriptions.length > 0)
    if (!data.subscriptions.length) {
      throw new Error("no subscription was created")
    }
    return data.subscriptions[0]
  }

  const lifecycle = (asOf: Date) => runSubscriptionLifecycle(getContainer(), asOf)
  const history = async (shopper: { headers: any }, id: string) =>
    (await api.get(`/store/subscriptions/${id}/history`, shopper.headers)).data.events.map((e: any) => e.type)
  const emails = async (email: string, template: string) =>
    (await api.get(`/admin/notification-logs?to=${encodeURIComponent(email)}&template=${template}`, admin)).data.count

  return {
    getSub, lifecycle, history, emails, checkout, buyPlan, waitForSubscription,
    /** the values the hooks above set, read after they ran */
    state: () => ({ ctx, admin }),
  }
}
