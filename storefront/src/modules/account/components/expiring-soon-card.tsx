import Link from "next/link"
import type { StoreSubscription } from "@lib/data/subscriptions"
import { formatDate } from "@lib/util/dates"
import { daysLeftLabel } from "@modules/account/components/subscription-status"

/** Days ahead that count as "expiring soon" on the account overview. */
export const EXPIRING_SOON_DAYS = 7

/** Active subscriptions that expire within a week, soonest first (null: could not load). */
export default function ExpiringSoonCard({
  subscriptions,
  countryCode,
}: {
  subscriptions: StoreSubscription[] | null
  countryCode: string
}) {
  return (
    <section
      aria-labelledby="expiring-soon"
      data-testid="expiring-soon-card"
      className="card p-5 sm:col-span-2"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="expiring-soon" className="text-sm font-semibold text-slate-500">
          Expiring soon
        </h2>
        <Link
          href={`/${countryCode}/account/subscriptions`}
          className="text-sm font-semibold text-accent-700 hover:text-accent-800"
        >
          All subscriptions
        </Link>
      </div>
      {subscriptions === null ? (
        <p className="mt-2 text-sm text-slate-600">Your subscriptions could not be loaded right now.</p>
      ) : subscriptions.length === 0 ? (
        <p data-testid="expiring-soon-empty" className="mt-2 text-sm text-slate-600">
          Nothing expires in the next {EXPIRING_SOON_DAYS} days.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {subscriptions.map((sub) => (
            <li key={sub.id} data-testid="expiring-soon-item" className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <Link
                  href={`/${countryCode}/account/subscriptions/${sub.id}`}
                  className="font-semibold text-accent-700 hover:text-accent-800"
                >
                  {sub.product_title}
                </Link>
                <span className="text-sm text-slate-600"> · {sub.plan}</span>
              </div>
              <span className="text-sm font-medium text-amber-800">
                {daysLeftLabel(sub)} ({formatDate(sub.expires_at, countryCode)})
                {sub.auto_renew ? " · renews automatically" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
