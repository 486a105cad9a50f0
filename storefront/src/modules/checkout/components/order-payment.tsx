import Link from "next/link"
import type { OrderPayment } from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import { paymentMethodLabel } from "./payment-labels"

const STATUS = {
  awaiting_payment: { label: "Awaiting payment", tone: "border-amber-200 bg-amber-50", badge: "bg-amber-100 text-amber-900" },
  paid: { label: "Paid", tone: "border-emerald-200 bg-emerald-50", badge: "bg-emerald-100 text-emerald-800" },
  cancelled: { label: "Cancelled — not paid by the due date", tone: "border-slate-200 bg-slate-50", badge: "bg-slate-200 text-slate-700" },
} as const

/**
 * How an order is being paid: the amount, method and state; for an unpaid
 * bank transfer also the due date (in the region's format) and where to pay.
 */
export default function OrderPaymentPanel({ payment, countryCode }: { payment: OrderPayment; countryCode: string }) {
  const status = STATUS[payment.status] ?? STATUS.awaiting_payment
  const awaiting = payment.status === "awaiting_payment"
  return (
    <section
      aria-labelledby="order-payment-heading"
      data-testid="order-payment"
      className={`rounded-lg border p-5 text-left text-sm text-slate-800 ${status.tone}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="order-payment-heading" className="font-semibold text-navy-900">Payment</h2>
        <span data-testid="order-payment-status" className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.badge}`}>
          {status.label}
        </span>
      </div>
      <dl className="mt-3 grid grid-cols-[auto,1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600">{awaiting ? "Amount due" : "Amount"}</dt>
        <dd data-testid="order-payment-amount" className="font-semibold text-navy-900">
          {formatMoney(payment.total, payment.currency_code, countryCode)}
        </dd>
        <dt className="text-slate-600">Method</dt>
        <dd>{paymentMethodLabel(payment.method)}</dd>
        {awaiting && payment.due_at && (
          <>
            <dt className="text-slate-600">Pay by</dt>
            <dd data-testid="order-payment-due" className="font-semibold text-navy-900">
              {formatDate(payment.due_at, countryCode)}
            </dd>
          </>
        )}
      </dl>
      {awaiting && payment.instructions && (
        <p data-testid="order-payment-instructions" className="mt-3 whitespace-pre-line break-words">
          {payment.instructions}
        </p>
      )}
    </section>
  )
}

/**
 * One sentence on when the order's services run. Never says "active" for an
 * unpaid order; without a payment state it only points to the subscriptions.
 */
export function OrderServicesLine({
  payment,
  countryCode,
}: {
  payment: OrderPayment | null
  countryCode: string
}) {
  const subscriptions = (
    <Link href={`/${countryCode}/account/subscriptions`} className="font-semibold text-accent-700 hover:text-accent-800">
      Subscriptions
    </Link>
  )
  switch (payment?.status) {
    case "awaiting_payment":
      return (
        <p data-testid="order-services-pending" className="text-sm text-slate-700">
          Your services start when your payment arrives.
        </p>
      )
    case "paid":
      return (
        <p data-testid="order-services-active" className="text-sm text-slate-700">
          Your services are active: see {subscriptions}.
        </p>
      )
    case "cancelled":
      return (
        <p data-testid="order-services-cancelled" className="text-sm text-slate-700">
          This order was cancelled because it was not paid by the due date; its services did not start.
        </p>
      )
    default:
      return (
        <p data-testid="order-services-link" className="text-sm text-slate-700">
          Your services are listed under {subscriptions}.
        </p>
      )
  }
}
