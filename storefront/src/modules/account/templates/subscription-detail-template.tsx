import Link from "next/link"
import type { StoreSubscription, StoreSubscriptionEvent } from "@lib/data/subscriptions"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import AutoRenewToggle from "@modules/account/components/auto-renew-toggle"
import CancelSubscription from "@modules/account/components/cancel-subscription"
import RenewSubscription from "@modules/account/components/renew-subscription"
import {
  perTermLabel,
  planTermLabel,
  SubscriptionDaysLeft,
  SubscriptionProgress,
  SubscriptionStatusBadge,
} from "@modules/account/components/subscription-status"
import SubscriptionTimeline from "@modules/account/components/subscription-timeline"
import AccountLayout from "@modules/account/templates/account-layout"
import Alert from "@modules/common/components/alert"

export default function SubscriptionDetailTemplate({
  subscription: sub,
  events,
  countryCode,
  cartItemCount,
}: {
  subscription: StoreSubscription
  events: StoreSubscriptionEvent[]
  countryCode: string
  cartItemCount: number
}) {
  const price = formatMoney(sub.amount, sub.currency_code, countryCode)
  const endsOn = formatDate(sub.expires_at, countryCode)
  const ended = sub.status === "cancelled" || sub.status === "expired"
  const canCancel = !ended && !sub.cancel_at_period_end

  return (
    <AccountLayout
      countryCode={countryCode}
      title={sub.product_title}
      titleTestId="subscription-title"
      description={`${planTermLabel(sub)} · ${sub.number}`}
    >
      <Link
        href={`/${countryCode}/account/subscriptions`}
        className="text-sm font-semibold text-accent-700 hover:text-accent-800"
      >
        ← All subscriptions
      </Link>

      {sub.status === "suspended" && (
        <div className="mt-4">
          <Alert tone="warning" title="This service is suspended">
            {sub.suspension_reason || "Renew it to bring it back online."}
          </Alert>
        </div>
      )}
      {sub.cancel_at_period_end && !ended && (
        <div className="mt-4">
          <Alert tone="info" testId="subscription-cancel-notice" title="Cancellation scheduled">
            This subscription will not renew and ends on {endsOn}.
          </Alert>
        </div>
      )}

      <div className="card mt-4 p-5">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">Status</dt>
            <dd className="mt-0.5">
              <SubscriptionStatusBadge status={sub.status} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Plan</dt>
            <dd className="font-medium text-slate-800">{planTermLabel(sub)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">Price</dt>
            <dd className="font-medium text-slate-800">
              <span data-testid="subscription-price">{price}</span> {perTermLabel(sub)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Started</dt>
            <dd className="font-medium text-slate-800">
              <time dateTime={sub.started_at}>{formatDate(sub.started_at, countryCode)}</time>
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">Current period</dt>
            <dd className="font-medium text-slate-800">
              {formatDate(sub.current_period_start, countryCode)} – {endsOn}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{ended ? "Ended" : "Time left"}</dt>
            <dd>
              <SubscriptionDaysLeft subscription={sub} />
            </dd>
          </div>
        </dl>
        <div className="mt-4">
          <SubscriptionProgress subscription={sub} label={`Current period of ${sub.number}`} />
        </div>
      </div>

      <section aria-labelledby="manage-subscription" className="card mt-4 p-5">
        <h2 id="manage-subscription" className="text-lg font-semibold text-navy-900">
          Manage
        </h2>
        <div className="mt-3">
          <AutoRenewToggle
            subscriptionId={sub.id}
            enabled={sub.auto_renew}
            countryCode={countryCode}
            disabled={ended}
          />
        </div>
        <div className="mt-5 flex flex-wrap items-start gap-3 border-t border-slate-100 pt-4">
          {sub.status !== "cancelled" && (
            <RenewSubscription
              subscriptionId={sub.id}
              countryCode={countryCode}
              cartItemCount={cartItemCount}
              priceLabel={price}
            />
          )}
          {canCancel && (
            <CancelSubscription subscriptionId={sub.id} countryCode={countryCode} endsOn={endsOn} />
          )}
        </div>
      </section>

      <section aria-labelledby="subscription-history" className="card mt-4 p-5">
        <h2 id="subscription-history" className="text-lg font-semibold text-navy-900">
          Timeline
        </h2>
        <div className="mt-4">
          <SubscriptionTimeline events={events} countryCode={countryCode} />
        </div>
      </section>
    </AccountLayout>
  )
}
