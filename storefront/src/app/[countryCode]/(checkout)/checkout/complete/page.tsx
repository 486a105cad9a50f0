import type { Metadata } from "next"
import CompleteAfterRedirect from "@modules/checkout/components/complete-after-redirect"

export const metadata: Metadata = { title: "Completing your order" }

/** Return address of redirect-based payments (Stripe's return_url, 3-D Secure pages): completes the cart. */
export default async function CheckoutCompletePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  return <CompleteAfterRedirect countryCode={countryCode} />
}
