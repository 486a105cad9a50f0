import { BACKEND_URL, CLIENT_IP } from "./browser.mjs"

/** Calls the backend's JSON API and throws with the server's message on failure. */
export async function api(path, { method = "GET", body, headers = {} } = {}) {
  const res = await fetch(`${BACKEND_URL}${path}`, {
    method,
    headers: { "content-type": "application/json", "x-forwarded-for": CLIENT_IP, ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(`${method} ${path} → ${res.status}: ${data.message ?? ""}`)
  }
  return data
}

const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@cloudservices.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD || "CloudAdmin!2026"
let adminHeadersPromise = null

/** Bearer headers of the seeded admin (signed in once per test file: auth routes are rate-limited). */
export function adminAuthHeaders() {
  adminHeadersPromise ??= api("/auth/user/emailpass", {
    method: "POST",
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  })
    .then(({ token }) => ({ authorization: `Bearer ${token}` }))
    .catch((error) => {
      adminHeadersPromise = null
      throw error
    })
  return adminHeadersPromise
}

/**
 * The code of the newest email to `email` with the given template (the
 * mail capture, read through the admin API), polling up to 15 s. Pass the
 * notification id of a code already used as `notId` to wait for a newer one.
 */
export async function readEmailCode(email, { template = "verification_code", notId } = {}) {
  const headers = await adminAuthHeaders()
  const query = new URLSearchParams({ to: email, template })
  const deadline = Date.now() + 15_000
  for (;;) {
    const { notification_logs } = await api(`/admin/notification-logs?${query}`, { headers })
    const newest = notification_logs?.[0]
    const code = newest?.data?.code
    if (code && newest.id !== notId) {
      return { code: String(code), id: newest.id }
    }
    if (Date.now() > deadline) {
      throw new Error(`no ${template} email with a code to ${email} within 15 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
}

/**
 * Registers a customer the way a shopper does: POST /store/account/register,
 * the emailed code to /store/account/verify-email, then signs in; returns
 * bearer headers.
 */
export async function registerViaApi({ publishableKey, email, password = "correct-horse-42" }) {
  const store = { "x-publishable-api-key": publishableKey }
  await api("/store/account/register", {
    method: "POST",
    headers: store,
    body: { email, password, first_name: "Grace", last_name: "Hopper" },
  })
  const { code } = await readEmailCode(email)
  await api("/store/account/verify-email", { method: "POST", headers: store, body: { email, code } })
  const login = await api("/auth/customer/emailpass", { method: "POST", body: { email, password } })
  if (!login.token || login.mfa_required || login.verification_required) {
    throw new Error(`signing in ${email} after verification did not give a customer token`)
  }
  return { authorization: `Bearer ${login.token}` }
}

/**
 * The purchase options the product page picks by default (the first data
 * center and OS image, a hostname; a domain plan's name in its TLD), or
 * undefined when the product asks for none (GET /store/products/:id/service-options).
 */
export async function defaultServiceConfig({ headers, productId, plan }) {
  const options = await api(`/store/products/${productId}/service-options`, { headers })
  if (!Object.values(options.requires).some(Boolean)) {
    return undefined
  }
  if (options.requires.domain) {
    return { domain: `e2e-${Date.now()}${options.tlds.find((t) => t === plan) ?? options.tlds[0]}` }
  }
  return {
    ...(options.locations.length ? { location: options.locations[0].code } : {}),
    ...(options.requires.os ? { os: options.os_images[0].code } : {}),
    ...(options.requires.hostname ? { hostname: "e2e-server" } : {}),
  }
}

/**
 * Places an order for one plan (Managed Redis 1 GB monthly unless `handle`/`variantTitle` say
 * otherwise) through the Store API, as a guest or as the customer of `auth`; returns the order.
 */
export async function placeOrderViaApi({
  publishableKey,
  email,
  auth = {},
  handle = "managed-redis",
  variantTitle = "1 GB / Monthly",
}) {
  const headers = { "x-publishable-api-key": publishableKey, ...auth }
  const { regions } = await api("/store/regions", { headers })
  const region = regions.find((r) => r.name === "North America")
  const { products } = await api(`/store/products?handle=${encodeURIComponent(handle)}&fields=*variants`, { headers })
  const variant = products[0].variants.find((v) => v.title === variantTitle)
  const service_config = await defaultServiceConfig({ headers, productId: products[0].id, plan: variantTitle.split(" / ")[0] })
  const address = {
    first_name: "Grace",
    last_name: "Hopper",
    address_1: "1 Navy Way",
    city: "Arlington",
    postal_code: "22202",
    country_code: "us",
  }
  const { cart } = await api("/store/carts", {
    method: "POST",
    headers,
    body: {
      region_id: region.id,
      email,
      billing_address: address,
      shipping_address: address,
      items: [{ variant_id: variant.id, quantity: 1, ...(service_config ? { metadata: { service_config } } : {}) }],
    },
  })
  // the Terms checkbox at checkout (the backend refuses to complete a cart without it)
  await api(`/store/carts/${cart.id}/accept-terms`, { method: "POST", headers, body: {} })
  const { payment_collection } = await api("/store/payment-collections", {
    method: "POST",
    headers,
    body: { cart_id: cart.id },
  })
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    headers,
    body: { provider_id: "pp_system_default" },
  })
  // the shopper's "I accept the Terms of Service"
  await api(`/store/carts/${cart.id}/accept-terms`, { method: "POST", headers, body: {} })
  const done = await api(`/store/carts/${cart.id}/complete`, { method: "POST", headers })
  return done.order
}
