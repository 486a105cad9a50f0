import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { listOrders } from "@lib/data/orders"
import OrdersTable from "@modules/account/components/orders-table"
import AccountLayout from "@modules/account/templates/account-layout"

export const metadata: Metadata = {
  title: "Your orders",
  description: "Every order you placed at CloudServices.",
}

export default async function OrdersPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login?next=/${countryCode}/account/orders`)
  }
  const { orders } = await listOrders({ limit: 50 })

  return (
    <AccountLayout countryCode={countryCode} title="Orders" description="Newest first.">
      {orders.length > 0 ? (
        <OrdersTable orders={orders} countryCode={countryCode} />
      ) : (
        <div className="card p-6 text-sm text-slate-600">
          You have not placed any orders yet.{" "}
          <Link href={`/${countryCode}/store`} className="font-semibold text-accent-700">
            Browse plans
          </Link>
        </div>
      )}
    </AccountLayout>
  )
}
