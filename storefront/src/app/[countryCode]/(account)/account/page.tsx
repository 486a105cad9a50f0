import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listOrders } from "@lib/data/orders"
import { listSubscriptions } from "@lib/data/subscriptions"
import ExpiringSoonCard, { EXPIRING_SOON_DAYS } from "@modules/account/components/expiring-soon-card"
import OrdersTable from "@modules/account/components/orders-table"
import AccountLayout from "@modules/account/templates/account-layout"

export const metadata: Metadata = {
  title: "Your account",
  description: "Your CloudServices account: orders, subscriptions and profile.",
}

export default async function AccountOverviewPage({
  params,
}: {
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login`)
  }
  const [{ orders, count }, expiringSoon] = await Promise.all([
    listOrders({ limit: 5 }),
    // Sorted by expiry, so the first page holds the soonest; a failure only
    // hides the card's list, never the whole overview.
    listSubscriptions({ status: "active", limit: 50 })
      .then(({ subscriptions }) =>
        subscriptions.filter((sub) => sub.days_left !== null && sub.days_left <= EXPIRING_SOON_DAYS)
      )
      .catch(() => null),
  ])

  return (
    <AccountLayout
      countryCode={countryCode}
      title={`Hello, ${customer.first_name || customer.email}`}
      description="Your orders, subscriptions and details at a glance."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="card p-5">
          <h2 className="text-sm font-semibold text-slate-500">Profile</h2>
          <p className="mt-2 font-semibold text-navy-900">
            {[customer.first_name, customer.last_name].filter(Boolean).join(" ") || "—"}
          </p>
          <p className="text-sm text-slate-600">{customer.email}</p>
          {customer.phone && <p className="text-sm text-slate-600">{customer.phone}</p>}
          <Link href={`/${countryCode}/account/profile`} className="mt-3 inline-block text-sm font-semibold text-accent-700 hover:text-accent-800">
            Edit profile
          </Link>
        </div>
        <div className="card p-5">
          <h2 className="text-sm font-semibold text-slate-500">Orders</h2>
          <p className="mt-2 text-3xl font-bold text-navy-900">{count}</p>
          <Link href={`/${countryCode}/account/orders`} className="mt-3 inline-block text-sm font-semibold text-accent-700 hover:text-accent-800">
            See all orders
          </Link>
        </div>
        <ExpiringSoonCard subscriptions={expiringSoon} countryCode={countryCode} />
      </div>

      <section aria-labelledby="recent-orders" className="mt-8">
        <h2 id="recent-orders" className="text-lg font-semibold text-navy-900">Recent orders</h2>
        <div className="mt-3">
          {orders.length > 0 ? (
            <OrdersTable orders={orders} countryCode={countryCode} />
          ) : (
            <div className="card p-6 text-sm text-slate-600">
              No orders yet.{" "}
              <Link href={`/${countryCode}/store`} className="font-semibold text-accent-700">
                Browse plans
              </Link>
            </div>
          )}
        </div>
      </section>
    </AccountLayout>
  )
}
