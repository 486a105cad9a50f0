import { createHmac } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
export const PASSWORD = "correct-horse-battery"

/** The newest code emailed (or texted) to `to` with `template`, as the mail capture shows it. */
export async function emailedCode(api: Api, to: string, template = "verification_code", after?: string) {
  const admin = await adminHeaders(api)
  for (let i = 0; i < 50; i++) {
    const { data } = await api.get(
      `/admin/notification-logs?to=${encodeURIComponent(to)}&template=${template}&limit=1`,
      admin
    )
    const log = data.notification_logs[0]
    if (log?.data?.code && log.id !== after) {
      return { code: String(log.data.code), id: log.id as string }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no ${template} message for ${to}`)
}

/**
 * Registers a shopper the way the storefront does (register → emailed
 * code → verify → sign in) and returns bearer headers.
 */
export async function registerCustomer(api: Api, ctx: StoreContext, email?: string) {
  counter += 1
  const address = email ?? `shopper${Date.now()}${counter}@example.com`
  // each shopper comes from their own address, as real ones do (the test client is a trusted proxy)
  const client = { "x-forwarded-for": `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}` }
  const headers = { headers: { ...ctx.storeHeaders.headers, ...client } }
  await api.post(
    "/store/account/register",
    { email: address, password: PASSWORD, first_name: "Ada", last_name: "Lovelace" },
    headers
  )
  const { code } = await emailedCode(api, address)
  await api.post("/store/account/verify-email", { email: address, code }, headers)
  const { data: login } = await api.post("/auth/customer/emailpass", { email: address, password: PASSWORD }, { headers: client })
  return {
    email: address,
    password: PASSWORD,
    token: login.token as string,
    headers: { headers: { ...ctx.storeHeaders.headers, authorization: `Bearer ${login.token}` } },
  }
}

/**
 * The variant of `handle` for a plan and billing term, and `line`: one of it
 * as the storefront adds it to a cart, with the purchase options the product
 * asks for in `metadata.service_config` (see serviceConfigFor).
 */
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
  const service_config = await serviceConfigFor(api, ctx, product.id, plan)
  const line = { variant_id: variant.id as string, quantity: 1, ...(service_config ? { metadata: { service_config } } : {}) }
  return { product, variant, line }
}

/**
 * The purchase options a product page picks by default (the first data
 * center and OS image, a hostname; a domain plan's name in its TLD), or
 * undefined when the product asks for none.
 */
export async function serviceConfigFor(api: Api, ctx: StoreContext, productId: string, plan?: string) {
  const { data } = await api.get(`/store/products/${productId}/service-options`, ctx.storeHeaders)
  const requires = data.requires as Record<string, boolean>
  if (!Object.values(requires).some(Boolean)) {
    return undefined
  }
  if (requires.domain) {
    const tld = (data.tlds as string[]).find((t) => t === plan) ?? data.tlds[0]
    return { domain: `example-${Date.now()}${tld}` }
  }
  return {
    ...(data.locations.length ? { location: data.locations[0].code as string } : {}),
    ...(requires.os ? { os: data.os_images[0].code as string } : {}),
    ...(requires.hostname ? { hostname: "test-server" } : {}),
  }
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

/** The shopper ticks "I accept the Terms of Service" at checkout, as the storefront does; checkout refuses a cart without it. */
export async function acceptTerms(api: Api, cartId: string, headers: { headers: Record<string, string> }) {
  return api.post(`/store/carts/${cartId}/accept-terms`, {}, headers)
}

/** Accepts the Terms, pays a cart with the offline system provider and completes it, as the storefront does. */
export async function payAndComplete(api: Api, cartId: string, headers: { headers: Record<string, string> }) {
  await acceptTerms(api, cartId, headers)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  return api.post(`/store/carts/${cartId}/complete`, {}, headers)
}

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30 s) computed with node:crypto, as an
 * authenticator app does: base32 secret → HMAC of the step counter.
 */
export function totp(secret: string, epochSeconds = Math.floor(Date.now() / 1000)) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
  let bits = ""
  for (const ch of secret.replace(/=+$/, "").toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, "0")
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(epochSeconds / 30)))
  const mac = createHmac("sha1", key).update(counter).digest()
  const offset = mac[mac.length - 1] & 15
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000
  return String(value).padStart(6, "0")
}

export const MINUTE = 60_000

/** The payload of a JWT (no verification: tests read what the server put in). */
export const decodeJwt = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())

/**
 * The server runs in the Jest process: moving Date.now moves its clock.
 * Call `install()` in beforeEach (starts at real time) and restore mocks in afterEach.
 */
export function serverClock() {
  const realNow = Date.now.bind(Date)
  let offset = 0
  return {
    install() {
      offset = 0
      jest.spyOn(Date, "now").mockImplementation(() => realNow() + offset)
    },
    jumpMinutes(minutes: number) {
      offset += minutes * MINUTE
    },
  }
}

/**
 * The admin's "Mark as paid": Medusa's capture of every uncaptured payment of
 * the order (POST /admin/payments/:id/capture), as a bank transfer arrives.
 */
export async function markOrderPaid(api: Api, orderId: string) {
  const admin = await adminHeaders(api)
  const { data } = await api.get(
    `/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`,
    admin
  )
  const payments = (data.order.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? [])
  for (const p of payments.filter((p: any) => !p.captured_at && !p.canceled_at)) {
    await api.post(`/admin/payments/${p.id}/capture`, {}, admin)
  }
  return payments.map((p: any) => p.id as string)
}

/** Polls `read` until `done(value)` holds (events are handled asynchronously); returns the last value. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 80): Promise<T> {
  let value = await read()
  for (let i = 0; i < tries && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}

/**
 * A worker killed the instant the provider acknowledged a message: the provider has it, but
 * neither Medusa's record of that attempt nor the notification log heard back. The record
 * stays pending; the log entry stays "sending" and its claim has run out.
 */
export async function crashAfterProviderAck(container: MedusaContainer, notificationLogId: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg("notification").where({ resource_id: notificationLogId }).update({ status: "pending", external_id: null })
  await pg("notification_detail").where({ id: notificationLogId }).update({
    status: "sending",
    provider: null,
    provider_message_id: null,
    sent_at: null,
    delivered_at: null,
    next_attempt_at: new Date(Date.now() - 1000),
  })
}
