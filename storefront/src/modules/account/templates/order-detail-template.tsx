import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import type { CreditNote, OrderPayment } from "@lib/data/orders"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import { OrderStatusBadge, paymentStatusLabel } from "@modules/account/components/order-status"
import AccountLayout from "@modules/account/templates/account-layout"
import OrderPaymentPanel, { OrderServicesLine } from "@modules/checkout/components/order-payment"
import OrderSummary from "@modules/checkout/components/order-summary"
import AddressBlock from "@modules/common/components/address-block"

export default function OrderDetailTemplate({
  order,
  countryCode,
  payment = null,
  creditNotes = [],
}: {
  order: HttpTypes.StoreOrder
  countryCode: string
  /** how the order is paid; null when the backend does not say */
  payment?: OrderPayment | null
  creditNotes?: CreditNote[]
}) {
  return (
    <AccountLayout
      countryCode={countryCode}
      title={`Order #${order.display_id}`}
      description={`Placed on ${formatDate(order.created_at, countryCode)}`}
    >
      <Link href={`/${countryCode}/account/orders`} className="text-sm font-semibold text-accent-700 hover:text-accent-800">
        ← All orders
      </Link>
      {payment && (
        <div className="mt-4 space-y-2">
          <OrderPaymentPanel payment={payment} countryCode={countryCode} />
          <OrderServicesLine payment={payment} countryCode={countryCode} />
        </div>
      )}
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <OrderSummary source={order} countryCode={countryCode} title="Items" />
        </div>
        <div className="card h-fit space-y-5 p-6">
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Status</h2>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <OrderStatusBadge status={order.status} />
              {/* Medusa marks a bank-transfer order "authorized" before any money arrives: the payment panel says what is due */}
              {!payment && <span className="text-sm text-slate-600">{paymentStatusLabel(order.payment_status)}</span>}
            </div>
          </div>
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Invoice</h2>
            {/* a plain link: the route handler streams the PDF with the customer's token */}
            <a
              href={`/${countryCode}/account/orders/${order.id}/invoice`}
              download
              className="mt-2 inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold text-navy-900 hover:bg-slate-50"
              data-testid="download-invoice"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
                <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42L9 11.59V3a1 1 0 0 1 1-1Zm-6 14a1 1 0 0 1 1-1h10a1 1 0 1 1 0 2H5a1 1 0 0 1-1-1Z" />
              </svg>
              Download invoice (PDF)
            </a>
            {creditNotes.length > 0 && (
              <ul className="mt-3 space-y-1 text-sm text-slate-700" data-testid="credit-notes">
                {creditNotes.map((note) => (
                  <li key={note.id}>
                    <a
                      href={`/${countryCode}/account/orders/${order.id}/credit-notes/${note.id}`}
                      download
                      className="font-semibold text-accent-700 hover:text-accent-800"
                      data-testid="download-credit-note"
                    >
                      Credit note {note.number}
                    </a>{" "}
                    <span className="text-slate-500">
                      ({formatDate(note.issued_at, countryCode)}, −{formatMoney(note.total, note.currency_code, countryCode)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Email</h2>
            <p className="mt-1 text-sm text-slate-700">{order.email}</p>
          </div>
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Billing address</h2>
            <div className="mt-1">
              <AddressBlock address={order.billing_address} />
            </div>
          </div>
        </div>
      </div>
    </AccountLayout>
  )
}
