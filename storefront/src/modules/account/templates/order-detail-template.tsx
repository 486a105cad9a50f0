import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatDate } from "@lib/util/dates"
import { OrderStatusBadge, paymentStatusLabel } from "@modules/account/components/order-status"
import AccountLayout from "@modules/account/templates/account-layout"
import OrderSummary from "@modules/checkout/components/order-summary"
import AddressBlock from "@modules/common/components/address-block"

export default function OrderDetailTemplate({
  order,
  countryCode,
}: {
  order: HttpTypes.StoreOrder
  countryCode: string
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
      <div className="mt-4 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <OrderSummary source={order} countryCode={countryCode} title="Items" />
        </div>
        <div className="card h-fit space-y-5 p-6">
          <div>
            <h2 className="text-sm font-semibold text-navy-900">Status</h2>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <OrderStatusBadge status={order.status} />
              <span className="text-sm text-slate-600">{paymentStatusLabel(order.payment_status)}</span>
            </div>
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
