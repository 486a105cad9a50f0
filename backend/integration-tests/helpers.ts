import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoData } from "../src/scripts/seed"

export const ADMIN = {
  email: process.env.ADMIN_EMAIL || "admin@cloudservices.local",
  password: process.env.ADMIN_PASSWORD || "CloudAdmin!2026",
}

type Api = {
  get: (url: string, config?: Record<string, unknown>) => Promise<any>
  post: (url: string, body?: unknown, config?: Record<string, unknown>) => Promise<any>
  delete: (url: string, config?: Record<string, unknown>) => Promise<any>
}

export type StoreContext = {
  storeHeaders: { headers: Record<string, string> }
  regions: Record<string, { id: string; currency_code: string }>
}

/** Seeds the demo store and returns the headers a storefront would send. */
export async function seedStore(container: MedusaContainer, api: Api): Promise<StoreContext> {
  const summary = await seedDemoData(container)
  const storeHeaders = { headers: { "x-publishable-api-key": summary.publishable_key } }
  const { data } = await api.get("/store/regions", storeHeaders)
  const regions = Object.fromEntries(
    data.regions.map((r: { name: string; id: string; currency_code: string }) => [r.name, r])
  )
  return { storeHeaders, regions }
}

export async function adminHeaders(api: Api) {
  const { data } = await api.post("/auth/user/emailpass", ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

let counter = 0
/** Registers a shopper the way the storefront does and returns bearer headers. */
export async function registerCustomer(api: Api, ctx: StoreContext, email?: string) {
  counter += 1
  const address = email ?? `shopper${Date.now()}${counter}@example.com`
  const password = "correct-horse-battery"
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: address, password })
  await api.post(
    "/store/customers",
    { email: address, first_name: "Ada", last_name: "Lovelace" },
    { headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email: address, password })
  return {
    email: address,
    headers: { headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${login.token}` } },
  }
}

/** The variant of `handle` for a plan and billing term. */
export async function findVariant(
  api: Api,
  ctx: StoreContext,
  handle: string,
  plan: string,
  term: "Monthly" | "Quarterly" | "Yearly"
) {
  const { data } = await api.get(
    `/store/products?handle=${handle}&fields=id,title,*variants,*variants.options`,
    ctx.storeHeaders
  )
  const product = data.products[0]
  const variant = product.variants.find(
    (v: { metadata?: Record<string, unknown>; title: string }) => v.title === `${plan} / ${term}`
  )
  if (!variant) {
    throw new Error(`No variant ${plan} / ${term} for ${handle}`)
  }
  return { product, variant }
}

/** Status code of a request that is expected to fail. */
export async function statusOf(request: Promise<unknown>) {
  try {
    await request
    return 200
  } catch (e: any) {
    return e.response?.status ?? 0
  }
}

export async function errorOf(request: Promise<unknown>) {
  try {
    await request
    return { status: 200, message: "" }
  } catch (e: any) {
    return { status: e.response?.status ?? 0, message: e.response?.data?.message ?? "" }
  }
}

export const US_ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "1 Main St",
  city: "Austin",
  postal_code: "73301",
  country_code: "us",
}

/** Pays a cart with the offline system provider and completes it, as the storefront does. */
export async function payAndComplete(api: Api, cartId: string, headers: { headers: Record<string, string> }) {
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  return api.post(`/store/carts/${cartId}/complete`, {}, headers)
}
