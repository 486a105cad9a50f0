import type { StorePayment } from "@lib/data/payments"
import PaymentCard from "@modules/account/components/payment-card"
import AccountLayout from "@modules/account/templates/account-layout"
import Pagination from "@modules/catalog/components/pagination"

export default function PaymentsTemplate({
  countryCode,
  payments,
  count,
  page,
  perPage,
}: {
  countryCode: string
  payments: StorePayment[]
  count: number
  page: number
  perPage: number
}) {
  const totalPages = Math.max(1, Math.ceil(count / perPage))
  return (
    <AccountLayout
      countryCode={countryCode}
      title="Payments"
      description="Every payment and refund of your orders, newest first, with the invoice."
    >
      {payments.length > 0 ? (
        <ul className="flex flex-col gap-3" aria-label="Your payments" data-testid="payments-list">
          {payments.map((payment) => (
            <li key={payment.id}>
              <PaymentCard payment={payment} countryCode={countryCode} />
            </li>
          ))}
        </ul>
      ) : (
        <div data-testid="payments-empty" className="card p-6 text-sm text-slate-600">
          {page > 1 ? "There are no payments on this page." : "You have not made any payments yet."}
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} basePath={`/${countryCode}/account/payments`} params={{}} />
    </AccountLayout>
  )
}
