import type { Metadata } from "next"
import { retrieveCart } from "@lib/data/cart"
import { listRestrictedProductIds } from "@lib/data/products"
import CartTemplate from "@modules/cart/templates/cart-template"

/** The visitor's own cart: rendered per request. */
export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: "Cart",
  description: "Review the plans in your cart before checkout.",
}

export default async function CartPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const cart = await retrieveCart()
  const restrictedIds = cart?.region_id ? await listRestrictedProductIds(cart.region_id) : []
  return <CartTemplate cart={cart} countryCode={countryCode} restrictedIds={restrictedIds} />
}
