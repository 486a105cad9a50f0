import { BACKEND_URL } from "./browser.mjs"

/** Calls the backend's JSON API and throws with the server's message on failure. */
export async function api(path, { method = "GET", body, headers = {} } = {}) {
  const res = await fetch(`${BACKEND_URL}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    throw new Error(`${method} ${path} → ${res.status}: ${data.message ?? ""}`)
  }
  return data
}

/** Registers a customer through Medusa's auth + store routes; returns bearer headers. */
export async function registerViaApi({ publishableKey, email, password = "correct-horse-42" }) {
  const { token } = await api("/auth/customer/emailpass/register", { method: "POST", body: { email, password } })
  await api("/store/customers", {
    method: "POST",
    headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
    body: { email, first_name: "Grace", last_name: "Hopper" },
  })
  const login = await api("/auth/customer/emailpass", { method: "POST", body: { email, password } })
  return { authorization: `Bearer ${login.token}` }
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
      items: [{ variant_id: variant.id, quantity: 1 }],
    },
  })
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
  const done = await api(`/store/carts/${cart.id}/complete`, { method: "POST", headers })
  return done.order
}
