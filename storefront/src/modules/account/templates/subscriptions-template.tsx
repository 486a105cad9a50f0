import Link from "next/link"
import type { StoreSubscription } from "@lib/data/subscriptions"
import SubscriptionsList from "@modules/account/components/subscriptions-list"
import AccountLayout from "@modules/account/templates/account-layout"
import Pagination from "@modules/catalog/components/pagination"

export default function SubscriptionsTemplate({
  countryCode,
  subscriptions,
  count,
  page,
  perPage,
}: {
  countryCode: string
  subscriptions: StoreSubscription[]
  count: number
  page: number
  perPage: number
}) {
  const totalPages = Math.max(1, Math.ceil(count / perPage))
  return (
    <AccountLayout
      countryCode={countryCode}
      title="Subscriptions"
      description="Your hosted services, soonest expiry first."
    >
      {subscriptions.length > 0 ? (
        <SubscriptionsList subscriptions={subscriptions} countryCode={countryCode} />
      ) : (
        <div data-testid="subscriptions-empty" className="card p-6 text-sm text-slate-600">
          {page > 1 ? (
            "There are no subscriptions on this page."
          ) : (
            <>
              You have no subscriptions yet.{" "}
              <Link href={`/${countryCode}/store`} className="font-semibold text-accent-700">
                Browse plans
              </Link>
            </>
          )}
        </div>
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        basePath={`/${countryCode}/account/subscriptions`}
        params={{}}
      />
    </AccountLayout>
  )
}
