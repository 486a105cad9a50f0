"use server"

import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { sdk } from "@lib/config"
import { errorMessage } from "@lib/util/errors"
import type { ServiceConfig } from "@lib/util/service-config"
import {
  getAuthHeaders,
  getCartId,
  removeCartId,
  setCartId,
  setCountryCookie,
} from "./cookies"
import { refreshCart } from "./cart-cache"
import { getRegion } from "./regions"

const CART_FIELDS = [
  "*items",
  "*items.variant",
  "*items.variant.options",
  "*items.variant.options.option",
  "+items.variant.metadata",
  "*items.product",
  "*items.tax_lines",
  "+items.subtotal",
  "+items.tax_total",
  "+items.total",
  "*region",
  "*region.countries",
  "*billing_address",
  "*shipping_address",
  "+item_subtotal",
  "+subtotal",
  "+tax_total",
  "+discount_total",
  "+total",
].join(",")

export type ActionResult = { error: string | null; success?: boolean }

/** The shopper's open cart, never cached; null when there is none. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) {
    return null
  }
  return sdk.client
    .fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    .then(({ cart }) => (cart.completed_at ? null : cart))
    .catch(() => null)
}

/** Number of items in the cart, for the header badge. */
export async function getCartQuantity(): Promise<number> {
  const id = await getCartId()
  if (!id) {
    return 0
  }
  return sdk.client
    .fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: "id,completed_at,items.id,items.quantity" },
      headers: await getAuthHeaders(),
      cache: "no-store",
    })
    .then(({ cart }) =>
      cart.completed_at ? 0 : (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
    )
    .catch(() => 0)
}

/** The open cart in the country's region, created (or moved) when needed. */
async function getOrCreateCart(countryCode: string): Promise<HttpTypes.StoreCart> {
  const region = await getRegion(countryCode)
  if (!region) {
    throw new Error(`We do not sell to country "${countryCode}".`)
  }
  const headers = await getAuthHeaders()
  const existing = await retrieveCart()

  if (!existing) {
    const { cart } = await sdk.store.cart.create({ region_id: region.id }, {}, headers)
    await setCartId(cart.id)
    return cart
  }
  if (existing.region_id !== region.id) {
    const { cart } = await sdk.store.cart.update(
      existing.id,
      { region_id: region.id },
      {},
      headers
    )
    return cart
  }
  return existing
}

/**
 * Adds a plan to the cart with the options chosen on the product page
 * (`metadata.service_config`: data center, OS, hostname, SSH key, domain),
 * which the backend validates (400 with the reason otherwise).
 */
export async function addToCart(input: {
  variantId: string
  quantity?: number
  countryCode: string
  serviceConfig?: ServiceConfig
}): Promise<ActionResult> {
  try {
    const cart = await getOrCreateCart(input.countryCode)
    await sdk.store.cart.createLineItem(
      cart.id,
      {
        variant_id: input.variantId,
        quantity: input.quantity ?? 1,
        ...(input.serviceConfig ? { metadata: { service_config: input.serviceConfig } } : {}),
      },
      {},
      await getAuthHeaders()
    )
  } catch (error) {
    return { error: errorMessage(error, "This plan could not be added to your cart.") }
  }
  refreshCart()
  return { error: null, success: true }
}

export async function updateLineItem(input: {
  lineId: string
  quantity: number
}): Promise<ActionResult> {
  const cartId = await getCartId()
  if (!cartId) {
    return { error: "Your cart has expired. Please add the plan again." }
  }
  try {
    await sdk.store.cart.updateLineItem(
      cartId,
      input.lineId,
      { quantity: input.quantity },
      {},
      await getAuthHeaders()
    )
  } catch (error) {
    return { error: errorMessage(error) }
  }
  refreshCart()
  return { error: null, success: true }
}

export async function deleteLineItem(lineId: string): Promise<ActionResult> {
  const cartId = await getCartId()
  if (!cartId) {
    return { error: "Your cart has expired." }
  }
  try {
    await sdk.store.cart.deleteLineItem(cartId, lineId, {}, await getAuthHeaders())
  } catch (error) {
    return { error: errorMessage(error) }
  }
  refreshCart()
  return { error: null, success: true }
}

/** Empties the cart by deleting every line (the cart itself stays). */
export async function clearCart(): Promise<ActionResult> {
  const cart = await retrieveCart()
  if (!cart) {
    return { error: null, success: true }
  }
  const headers = await getAuthHeaders()
  try {
    for (const item of cart.items ?? []) {
      await sdk.store.cart.deleteLineItem(cart.id, item.id, {}, headers)
    }
  } catch (error) {
    return { error: errorMessage(error) }
  }
  refreshCart()
  return { error: null, success: true }
}

/**
 * Switches the shopper to another country: remembers it, moves the open cart
 * to that country's region (prices follow), and reloads the same page there.
 */
export async function switchCountry(countryCode: string, currentPath: string) {
  const code = countryCode.toLowerCase()
  const region = await getRegion(code)
  if (!region) {
    return { error: `We do not sell to country "${countryCode}".` }
  }
  await setCountryCookie(code)

  const cartId = await getCartId()
  if (cartId) {
    try {
      await sdk.store.cart.update(cartId, { region_id: region.id }, {}, await getAuthHeaders())
    } catch {
      // The cart cannot move (e.g. it holds a plan not sold in that region):
      // start a fresh cart in the new region rather than keep a mismatched one.
      await removeCartId()
    }
  }

  const path = currentPath.startsWith("/") ? currentPath : `/${currentPath}`
  redirect(`/${code}${path === "/" ? "" : path}`)
}
