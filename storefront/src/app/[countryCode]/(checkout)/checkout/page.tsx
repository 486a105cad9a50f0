import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCart } from "@lib/data/cart"
import { retrieveCustomer } from "@lib/data/customer"
import CheckoutTemplate from "@modules/checkout/templates/checkout-template"

export const metadata: Metadata = {
  title: "Checkout",
  description: "Enter your billing details and place your CloudServices order.",
}

export default async function CheckoutPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const [cart, customer] = await Promise.all([retrieveCart(), retrieveCustomer()])
  if (!cart?.items?.length) {
    redirect(`/${countryCode}/cart`)
  }

  return <CheckoutTemplate cart={cart} customer={customer} countryCode={countryCode} />
}
