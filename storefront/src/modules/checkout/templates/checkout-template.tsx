import type { HttpTypes } from "@medusajs/types"
import type { PayLaterTerms } from "@lib/data/checkout"
import CheckoutForm from "@modules/checkout/components/checkout-form"
import CheckoutSignIn from "@modules/checkout/components/checkout-sign-in"
import OrderSummary from "@modules/checkout/components/order-summary"

export default function CheckoutTemplate({
  cart,
  customer,
  countryCode,
  providers,
  payLater,
  stripeKey,
  paypalClientId,
}: {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  countryCode: string
  providers: string[]
  payLater: PayLaterTerms | null
  stripeKey: string
  paypalClientId: string
}) {
  const countries = (cart.region?.countries ?? [])
    .filter((country) => country.iso_2)
    .map((country) => ({
      code: country.iso_2!,
      name: country.display_name || country.name || country.iso_2!.toUpperCase(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  const billing = cart.billing_address
  const defaultCountry =
    billing?.country_code ??
    (countries.some((country) => country.code === countryCode) ? countryCode : countries[0]?.code)
  // Medusa's taxes follow the shipping address, which checkout sets to the billing address
  const addressSaved = Boolean(cart.shipping_address?.country_code)

  const defaults: Record<string, string> = {
    email: customer?.email ?? cart.email ?? "",
    first_name: billing?.first_name ?? customer?.first_name ?? "",
    last_name: billing?.last_name ?? customer?.last_name ?? "",
    company: billing?.company ?? customer?.company_name ?? "",
    address_1: billing?.address_1 ?? "",
    city: billing?.city ?? "",
    postal_code: billing?.postal_code ?? "",
    country_code: defaultCountry ?? "",
    phone: billing?.phone ?? customer?.phone ?? "",
  }

  return (
    <div className="container-content py-10">
      <h1 className="text-3xl font-bold text-navy-900">Checkout</h1>
      <p className="mt-1 text-slate-600">
        Services are delivered online — no shipping needed.
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-5">
        <div className="lg:col-span-3">
          {customer ? (
            <CheckoutForm
              countryCode={countryCode}
              countries={countries}
              defaults={defaults}
              addressSaved={addressSaved}
              total={Number(cart.total ?? 0)}
              currencyCode={cart.currency_code}
              providers={providers}
              payLater={payLater}
              stripeKey={stripeKey}
              paypalClientId={paypalClientId}
            />
          ) : (
            <CheckoutSignIn countryCode={countryCode} />
          )}
        </div>
        <aside className="lg:col-span-2">
          <div className="lg:sticky lg:top-8">
            <OrderSummary source={cart} countryCode={countryCode} taxPending={!addressSaved} />
          </div>
        </aside>
      </div>
    </div>
  )
}
