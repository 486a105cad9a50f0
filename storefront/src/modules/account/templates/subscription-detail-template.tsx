import Link from "next/link"
import type {
  StoreSubscription,
  StoreSubscriptionEvent,
  SubscriptionPlanOption,
} from "@lib/data/subscriptions"
import { formatDate } from "@lib/util/dates"
import { formatMoney } from "@lib/util/money"
import AutoRenewToggle from "@modules/account/components/auto-renew-toggle"
import CancelSubscription from "@modules/account/components/cancel-subscription"
import ChangePlan from "@modules/account/components/change-plan"
import RenewSubscription from "@modules/account/components/renew-subscription"
import ScheduledPlanChange from "@modules/account/components/scheduled-plan-change"
import ServicePanel from "@modules/account/components/service-panel"
import {
  autoRenewText,
  PENDING_PAYMENT_TEXT,
  perTermLabel,
  planTermLabel,
  renewalDate,
  SubscriptionDaysLeft,
  SubscriptionProgress,
  SubscriptionStatusBadge,
} from "@modules/account/components/subscription-status"
import SubscriptionTimeline from "@modules/account/components/subscription-timeline"
import UnpaidOrderNotice from "@modules/account/components/unpaid-order-notice"
import AccountLayout from "@modules/account/templates/account-layout"
import Alert from "@modules/common/components/alert"

export default function SubscriptionDetailTemplate({
  subscription: sub,
  events,
  planOptions,
  countryCode,
  cartItemCount,
}: {
  subscription: StoreSubscription
  events: StoreSubscriptionEvent[]
  /** null when they could not be loaded. */
  planOptions: SubscriptionPlanOption[] | null
  countryCode: string
  cartItemCount: number
}) {
  const price = formatMoney(sub.amount, sub.currency_code, countryCode)
  const endsOn = formatDate(sub.expires_at, countryCode)
  const ended = sub.status === "cancelled" || sub.status === "expired"
  const awaitingPayment = sub.status === "pending_payment"
  const canCancel = !ended && !sub.cancel_at_period_end
  const unpaid = sub.unpaid_order
  // An issued renewal invoice is the renewal; a second one through a cart would pay twice.
  const canRenew = !ended && !awaitingPayment && unpaid?.kind !== "renewal"
  const change = sub.scheduled_change

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

      <div className="mt-4 flex flex-col gap-3 empty:hidden">
        {unpaid ? (
          <UnpaidOrderNotice order={unpaid} countryCode={countryCode} />
        ) : (
          awaitingPayment && (
            <Alert tone="info" testId="subscription-pending-notice" title="Awaiting payment">
              {PENDING_PAYMENT_TEXT}.
            </Alert>
          )
        )}
        {sub.status === "suspended" && (
          <Alert tone="warning" title="This service is suspended">
            {sub.suspension_reason || "Renew it to bring it back online."}
          </Alert>
        )}
        {sub.cancel_at_period_end && !ended && (
          <Alert tone="info" testId="subscription-cancel-notice" title="Cancellation scheduled">
            This subscription will not renew and ends on {endsOn}.
          </Alert>
        )}
        {change && !ended && (
          <ScheduledPlanChange
            subscriptionId={sub.id}
            countryCode={countryCode}
            planLabel={planTermLabel(change)}
            priceLabel={`${formatMoney(change.amount, change.currency_code, countryCode)} ${perTermLabel(change)}`}
            effectiveOn={formatDate(change.effective_at, countryCode)}
          />
        )}
      </div>

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
          {awaitingPayment ? (
            <div className="sm:col-span-3">
              <dt className="text-slate-500">Term</dt>
              <dd>
                <SubscriptionDaysLeft subscription={sub} />
              </dd>
            </div>
          ) : (
            <>
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
            </>
          )}
        </dl>
        {!awaitingPayment && (
          <div className="mt-4">
            <SubscriptionProgress subscription={sub} label={`Current period of ${sub.number}`} />
          </div>
        )}
      </div>

      <ServicePanel subscription={sub} countryCode={countryCode} />

      <section aria-labelledby="manage-subscription" className="card mt-4 p-5">
        <h2 id="manage-subscription" className="text-lg font-semibold text-navy-900">
          Manage
        </h2>
        <div className="mt-3">
          <AutoRenewToggle
            subscriptionId={sub.id}
            enabled={sub.auto_renew}
            countryCode={countryCode}
            hasSavedCard={sub.has_saved_card}
            onHint={
              unpaid?.kind === "renewal"
                ? "This term's renewal invoice is issued (see above); your service continues when it's paid."
                : autoRenewText(
                    sub.has_saved_card,
                    awaitingPayment ? null : formatDate(renewalDate(sub), countryCode)
                  )
            }
            disabled={ended}
          />
        </div>
        {(canRenew || canCancel) && (
          <div className="mt-5 flex flex-wrap items-start gap-3 border-t border-slate-100 pt-4">
            {canRenew && (
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
        )}
      </section>

      {(sub.status === "active" || sub.status === "suspended") && (
        <section aria-labelledby="change-plan" className="card mt-4 p-5">
          <h2 id="change-plan" className="text-lg font-semibold text-navy-900">
            Change plan
          </h2>
          <div className="mt-3">
            {planOptions === null ? (
              <p className="text-sm text-slate-600">
                Other plans could not be loaded right now. Please try again later.
              </p>
            ) : planOptions.some((option) => option.kind !== "current") ? (
              <ChangePlan
                subscriptionId={sub.id}
                countryCode={countryCode}
                options={planOptions}
                cartItemCount={cartItemCount}
                currentPlan={planTermLabel(sub)}
                renewsOn={endsOn}
                downgradeBlockedReason={
                  sub.cancel_at_period_end
                    ? `This subscription ends on ${endsOn}, so there is no renewal to downgrade at.`
                    : null
                }
                scheduledVariantId={change?.variant_id ?? null}
              />
            ) : (
              <p className="text-sm text-slate-600">There are no other plans for this service.</p>
            )}
          </div>
        </section>
      )}

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
