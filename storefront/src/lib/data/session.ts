import "server-only"

import { revalidateTag } from "next/cache"
import { sdk } from "@lib/config"
import {
  getAuthHeaders,
  getCartId,
  removeCartId,
  removePendingSignIn,
  setAuthToken,
} from "./cookies"

/** Gives the guest cart to the customer who just signed in. */
async function transferCart() {
  const cartId = await getCartId()
  if (!cartId) {
    return
  }
  try {
    await sdk.store.cart.transferCart(cartId, {}, await getAuthHeaders())
  } catch {
    // The cart is completed or belongs to another customer: start afresh.
    await removeCartId()
  }
}

/**
 * Starts the signed-in session with a real customer token (never a pre-MFA
 * one): stores it, forgets any half-done second step, moves the cart over.
 */
export async function startSession(token: string) {
  await setAuthToken(token)
  await removePendingSignIn()
  await transferCart()
  revalidateTag("customer")
}
