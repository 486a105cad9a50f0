import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import { OrderStatusBadge, paymentStatusLabel } from "@modules/account/components/order-status"

export default function OrdersTable({
  orders,
  countryCode,
}: {
  orders: HttpTypes.StoreOrder[]
  countryCode: string
}) {
  return (
    <div className="card overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Your orders</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wider text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Order</th>
            <th scope="col" className="px-4 py-3 font-semibold">Date</th>
            <th scope="col" className="px-4 py-3 font-semibold">Items</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {orders.map((order) => (
            <tr key={order.id} data-testid="order-row" className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-3 font-semibold">
                <Link
                  href={`/${countryCode}/account/orders/${order.id}`}
                  className="rounded text-accent-700 hover:text-accent-800"
                >
                  #{order.display_id}
                </Link>
              </th>
              <td className="px-4 py-3 text-slate-700">{formatDate(order.created_at, countryCode)}</td>
              <td className="px-4 py-3 text-slate-700">
                {(order.items ?? []).map((item) => item.product_title ?? item.title).join(", ")}
              </td>
              <td className="px-4 py-3">
                <OrderStatusBadge status={order.status} />
                <span className="mt-1 block text-xs text-slate-500">
                  {paymentStatusLabel(order.payment_status)}
                </span>
              </td>
              <td className="px-4 py-3 text-right font-semibold text-navy-900">
                {formatMoney(order.total, order.currency_code, countryCode)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
