import type { Metadata } from "next"
import Link from "next/link"

export const metadata: Metadata = {
  title: "Payment not completed",
  description: "Your payment did not go through. Your cart is kept so you can try again.",
}

/** Where a declined, failed or cancelled gateway payment lands (and the "Try again" email link). */
export default async function CheckoutFailedPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ reason?: string }>
}) {
  const { countryCode } = await params
  const { reason } = await searchParams
  return (
    <div className="container-content py-16">
      <div className="card mx-auto max-w-xl p-8 text-center" data-testid="payment-failed">
        <h1 className="text-2xl font-bold text-navy-900">Your payment did not go through</h1>
        <p className="mt-3 text-slate-600">
          No order was placed and nothing was charged. Your cart is still there — try again with another card or
          payment method.
        </p>
        {reason && (
          <p className="mt-3 text-sm text-slate-500">
            Reason: <span data-testid="payment-failed-reason">{reason.slice(0, 300)}</span>
          </p>
        )}
        <div className="mt-6 flex justify-center gap-3">
          <Link href={`/${countryCode}/checkout`} className="btn-primary">
            Try again
          </Link>
          <Link href={`/${countryCode}/cart`} className="btn-secondary">
            View cart
          </Link>
        </div>
      </div>
    </div>
  )
}
