import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveCart } from "@lib/data/cart"
import { retrievePayLater } from "@lib/data/checkout"
import { retrieveCustomer } from "@lib/data/customer"
import { listPaymentProviders } from "@lib/data/payment"
import { publicPaymentKey } from "@lib/public-env"
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

  const [providers, payLater] = await Promise.all([
    cart.region_id ? listPaymentProviders(cart.region_id).then((list) => list.map((p) => p.id)) : [],
    retrievePayLater(),
  ])
  // public keys are read at request time on the server (never inlined at build) and handed to the payment widgets
  return (
    <CheckoutTemplate
      cart={cart}
      customer={customer}
      countryCode={countryCode}
      providers={providers}
      payLater={payLater}
      stripeKey={publicPaymentKey("NEXT_PUBLIC_STRIPE_KEY")}
      paypalClientId={publicPaymentKey("NEXT_PUBLIC_PAYPAL_CLIENT_ID")}
    />
  )
}
