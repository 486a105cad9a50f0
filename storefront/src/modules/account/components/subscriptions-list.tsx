import Link from "next/link"
import type { StoreSubscription } from "@lib/data/subscriptions"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import UnpaidOrderNotice from "@modules/account/components/unpaid-order-notice"
import {
  AutoRenewState,
  perTermLabel,
  planTermLabel,
  SubscriptionDaysLeft,
  SubscriptionProgress,
  SubscriptionStatusBadge,
} from "@modules/account/components/subscription-status"

export default function SubscriptionsList({
  subscriptions,
  countryCode,
}: {
  subscriptions: StoreSubscription[]
  countryCode: string
}) {
  return (
    <ul className="flex flex-col gap-3">
      {subscriptions.map((sub) => (
        <li key={sub.id} data-testid="subscription-row" data-subscription-id={sub.id} className="card p-5">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-base font-semibold">
                  <Link
                    href={`/${countryCode}/account/subscriptions/${sub.id}`}
                    data-testid="subscription-link"
                    className="rounded text-accent-700 hover:text-accent-800"
                  >
                    {sub.product_title}
                  </Link>
                </h2>
                <SubscriptionStatusBadge status={sub.status} />
              </div>
              <p className="mt-1 text-sm text-slate-600">
                <span data-testid="subscription-plan">{planTermLabel(sub)}</span>
                <span className="text-slate-400"> · </span>
                <span className="font-mono text-xs text-slate-500">{sub.number}</span>
              </p>
            </div>
            <p className="text-right">
              <span data-testid="subscription-price" className="font-semibold text-navy-900">
                {formatMoney(sub.amount, sub.currency_code, countryCode)}
              </span>{" "}
              <span className="text-sm text-slate-600">{perTermLabel(sub)}</span>
            </p>
          </div>

          {sub.status === "pending_payment" ? (
            <div className="mt-4">
              <SubscriptionDaysLeft subscription={sub} />
            </div>
          ) : (
            <div className="mt-4">
              <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
                <SubscriptionDaysLeft subscription={sub} />
                <span className="text-xs text-slate-500">
                  {formatDate(sub.current_period_start, countryCode)} – {formatDate(sub.expires_at, countryCode)}
                </span>
              </div>
              <SubscriptionProgress
                subscription={sub}
                label={`Current period of ${sub.product_title} ${sub.number}`}
              />
            </div>
          )}

          {sub.unpaid_order && (
            <div className="mt-3">
              <UnpaidOrderNotice order={sub.unpaid_order} countryCode={countryCode} compact />
            </div>
          )}
          {sub.scheduled_change && (
            <p data-testid="subscription-scheduled-change" className="mt-3 text-sm text-slate-700">
              Changes to {planTermLabel(sub.scheduled_change)} on{" "}
              {formatDate(sub.scheduled_change.effective_at, countryCode)}
            </p>
          )}

          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <AutoRenewState enabled={sub.auto_renew} hasSavedCard={sub.has_saved_card} />
            {sub.cancel_at_period_end && sub.status !== "cancelled" && (
              <span className="text-sm text-slate-600">Cancels on {formatDate(sub.expires_at, countryCode)}</span>
            )}
            <Link
              href={`/${countryCode}/account/subscriptions/${sub.id}`}
              className="text-sm font-semibold text-accent-700 hover:text-accent-800"
              aria-label={`Manage ${sub.product_title} ${sub.number}`}
            >
              Manage
            </Link>
          </div>
        </li>
      ))}
    </ul>
  )
}
