import Link from "next/link"
import type { StorePayment, StorePaymentStatus } from "@lib/data/payments"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"

const STATUS: Record<StorePaymentStatus, { label: string; tone: string }> = {
  // an authorized payment is not money received yet (a bank transfer until it arrives)
  authorized: { label: "Awaiting payment", tone: "bg-amber-100 text-amber-900" },
  captured: { label: "Paid", tone: "bg-emerald-100 text-emerald-800" },
  partially_refunded: { label: "Partially refunded", tone: "bg-sky-100 text-sky-800" },
  refunded: { label: "Refunded", tone: "bg-slate-200 text-slate-700" },
  canceled: { label: "Canceled", tone: "bg-slate-200 text-slate-700" },
}

/** "Card (Stripe)", "PayPal", "Razorpay", "Bank transfer" (the pay-later provider). */
export function paymentMethodLabel(providerId: string) {
  if (providerId === "pp_system_default") return "Bank transfer"
  if (providerId.includes("stripe")) return "Card (Stripe)"
  if (providerId.includes("paypal")) return "PayPal"
  if (providerId.includes("razorpay")) return "Razorpay"
  return providerId
}

/** One payment as a card: amount and status, method, dates, its order and invoice, and its refunds. */
export default function PaymentCard({ payment, countryCode }: { payment: StorePayment; countryCode: string }) {
  const status = STATUS[payment.status] ?? { label: payment.status, tone: "bg-slate-200 text-slate-700" }
  const money = (amount: number) => formatMoney(amount, payment.currency_code, countryCode)
  return (
    <article className="card p-4" data-testid="payment-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-lg font-semibold text-navy-900" data-testid="payment-amount">
            {money(payment.amount)}
          </p>
          <p className="text-sm text-slate-600">
            {paymentMethodLabel(payment.provider_id)} · {formatDate(payment.created_at, countryCode)}
          </p>
        </div>
        <span className={`inline-flex shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.tone}`} data-testid="payment-status">
          {status.label}
        </span>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div className="flex gap-2">
          <dt className="text-slate-500">Order</dt>
          <dd>
            <Link href={`/${countryCode}/account/orders/${payment.order.id}`} className="font-medium text-accent-700 hover:text-accent-800" data-testid="payment-order-link">
              #{payment.order.display_id}
            </Link>
          </dd>
        </div>
        {payment.captured_at && (
          <div className="flex gap-2">
            <dt className="text-slate-500">Paid on</dt>
            <dd>{formatDate(payment.captured_at, countryCode)}</dd>
          </div>
        )}
        {payment.canceled_at && (
          <div className="flex gap-2">
            <dt className="text-slate-500">Canceled on</dt>
            <dd>{formatDate(payment.canceled_at, countryCode)}</dd>
          </div>
        )}
        <div className="flex gap-2">
          <dt className="text-slate-500">Invoice</dt>
          <dd className="min-w-0 break-words">
            <a href={`/${countryCode}/account/orders/${payment.order.id}/invoice`} className="font-medium text-accent-700 hover:text-accent-800" data-testid="payment-invoice-link">
              {payment.invoice.number ?? "Download"} (PDF)
            </a>
          </dd>
        </div>
      </dl>
      {payment.refunds.length > 0 && (
        <ul className="mt-3 border-t border-slate-100 pt-3 text-sm" aria-label="Refunds" data-testid="payment-refunds">
          {payment.refunds.map((refund) => (
            <li key={refund.id} className="flex flex-wrap justify-between gap-2">
              <span className="text-slate-600">Refund · {formatDate(refund.created_at, countryCode)}</span>
              <span className="font-medium text-navy-900">−{money(refund.amount)}</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
