import Link from "next/link"

/**
 * What a guest sees instead of the checkout form: plans belong to an account
 * (the backend refuses a guest's plan order). Both links come back here, and
 * the cart goes with the shopper when they sign in.
 */
export default function CheckoutSignIn({ countryCode }: { countryCode: string }) {
  const next = encodeURIComponent(`/${countryCode}/checkout`)
  return (
    <section aria-labelledby="checkout-sign-in-heading" className="card p-6" data-testid="checkout-sign-in">
      <h2 id="checkout-sign-in-heading" className="text-lg font-semibold text-navy-900">
        Sign in or create an account to buy a plan
      </h2>
      <p className="mt-2 text-sm text-slate-600">
        Your plans, invoices and renewals live in your account. Your cart is kept: you come back
        here to finish your order.
      </p>
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        <Link
          href={`/${countryCode}/account/login?next=${next}`}
          className="btn-primary py-3 text-base sm:flex-1"
          data-testid="checkout-login"
        >
          Sign in
        </Link>
        <Link
          href={`/${countryCode}/account/register?next=${next}`}
          className="btn-secondary py-3 text-base sm:flex-1"
          data-testid="checkout-register"
        >
          Create account
        </Link>
      </div>
    </section>
  )
}
