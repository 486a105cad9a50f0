import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { OrderPayment } from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import OrderPaymentPanel, { OrderServicesLine } from "@modules/checkout/components/order-payment"
import OrderSummary from "@modules/checkout/components/order-summary"
import ScrollToTop from "@modules/checkout/components/scroll-to-top"
import { paymentMethodLabel } from "@modules/checkout/components/payment-labels"
import AddressBlock from "@modules/common/components/address-block"
import { CheckIcon } from "@modules/common/icons"

export default function OrderConfirmedTemplate({
  order,
  payment,
  countryCode,
  loggedIn,
}: {
  order: HttpTypes.StoreOrder
  /** null when the backend does not say how the order is paid */
  payment: OrderPayment | null
  countryCode: string
  loggedIn: boolean
}) {
  const awaiting = payment?.status === "awaiting_payment"
  return (
    <div className="container-content max-w-4xl py-12">
      <ScrollToTop focusId="order-confirmed-heading" />
      <div data-testid="order-confirmed" className="card flex flex-col items-center p-6 text-center sm:p-8">
        <span className="flex h-14 w-14 items-center justify-center rounded-full bg-emerald-100 text-emerald-700">
          <CheckIcon className="h-8 w-8" strokeWidth={2.5} />
        </span>
        <h1 id="order-confirmed-heading" tabIndex={-1} className="mt-4 text-3xl font-bold text-navy-900 focus:outline-none">
          Thank you for your order
        </h1>
        <p className="mt-2 text-lg text-slate-700">
          Order <span data-testid="order-display-id" className="font-semibold text-navy-900">#{order.display_id}</span>{" "}
          is {awaiting ? "placed" : "confirmed"}.
        </p>
        <p className="mt-2 max-w-xl text-sm text-slate-600">
          We will send updates about it to <span className="break-all font-medium">{order.email}</span>.
        </p>
        {payment && (
          <div className="mt-6 w-full max-w-xl">
            <OrderPaymentPanel payment={payment} countryCode={countryCode} />
          </div>
        )}
        {loggedIn && (
          <div className="mt-4">
            <OrderServicesLine payment={payment} countryCode={countryCode} />
          </div>
        )}
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          {loggedIn && (
            <Link href={`/${countryCode}/account/orders/${order.id}`} className="btn-primary">
              View your order
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
          {payment && (
            <div>
              <h2 className="text-sm font-semibold text-navy-900">Payment method</h2>
              <p className="mt-1 text-sm text-slate-700">{paymentMethodLabel(payment.method)}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
