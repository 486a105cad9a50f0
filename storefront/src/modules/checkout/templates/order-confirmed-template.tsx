import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatDate } from "@lib/util/dates"
import OrderSummary from "@modules/checkout/components/order-summary"
import AddressBlock from "@modules/common/components/address-block"
import { CheckIcon } from "@modules/common/icons"

export default function OrderConfirmedTemplate({
  order,
  countryCode,
  loggedIn,
}: {
  order: HttpTypes.StoreOrder
  countryCode: string
  loggedIn: boolean
}) {
  return (
    <div className="container-content max-w-4xl py-12">
      <div data-testid="order-confirmed" className="card flex flex-col items-center p-8 text-center">
        <span className="flex h-14 w-14 items-center justify-center rounded-full bg-emerald-100 text-emerald-700">
          <CheckIcon className="h-8 w-8" strokeWidth={2.5} />
        </span>
        <h1 className="mt-4 text-3xl font-bold text-navy-900">Thank you for your order</h1>
        <p className="mt-2 text-lg text-slate-700">
          Order <span data-testid="order-display-id" className="font-semibold text-navy-900">#{order.display_id}</span>{" "}
          is confirmed.
        </p>
        <p className="mt-2 max-w-xl text-sm text-slate-600">
          You chose offline / manual payment, so the order is recorded as awaiting payment. We
          will follow up at <span className="font-medium">{order.email}</span>.
        </p>
        {loggedIn && (
          <p data-testid="order-services-active" className="mt-3 text-sm text-slate-700">
            Your services are active: see{" "}
            <Link
              href={`/${countryCode}/account/subscriptions`}
              className="font-semibold text-accent-700 hover:text-accent-800"
            >
              Subscriptions
            </Link>
            .
          </p>
        )}
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          {loggedIn && (
            <Link href={`/${countryCode}/account/orders`} className="btn-primary">
              View your orders
            </Link>
          )}
          <Link href={`/${countryCode}/store`} className="btn-secondary">
            Continue shopping
          </Link>
        </div>
      </div>

      <div className="mt-8 grid gap-8 md:grid-cols-3">
        <div className="md:col-span-2">
          <OrderSummary source={order} countryCode={countryCode} title="Your order" />
        </div>
        <div className="card h-fit space-y-5 p-6">
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Order date</h2>
            <p className="mt-1 text-sm text-slate-700">{formatDate(order.created_at, countryCode)}</p>
          </div>
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Billing address</h2>
            <div className="mt-1">
              <AddressBlock address={order.billing_address} />
            </div>
          </div>
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Payment</h2>
            <p className="mt-1 text-sm text-slate-700">Offline / manual payment (demo)</p>
          </div>
        </div>
      </div>
    </div>
  )
}
