"use client"

import { useState, useTransition } from "react"
import { changeSubscriptionPlan, type SubscriptionPlanOption } from "@lib/data/subscriptions"
import { formatMoney } from "@lib/util/money"
import { billingTermLabel, perTermLabel } from "@modules/account/components/subscription-status"

/**
 * The other plans and terms of the subscription's product. An upgrade opens
 * checkout with a cart for the prorated difference (after asking, when the
 * shopper's cart has items, since it replaces them); a downgrade is scheduled
 * for the next renewal after a confirmation.
 */
export default function ChangePlan({
  subscriptionId,
  countryCode,
  options,
  cartItemCount,
  currentPlan,
  renewsOn,
  downgradeBlockedReason,
  scheduledVariantId,
}: {
  subscriptionId: string
  countryCode: string
  options: SubscriptionPlanOption[]
  cartItemCount: number
  /** "Standard · billed monthly". */
  currentPlan: string
  /** The formatted date of the next renewal (the current term's end). */
  renewsOn: string
  /** Why downgrades can't be scheduled (e.g. the subscription ends instead); null when they can. */
  downgradeBlockedReason: string | null
  /** The variant of a downgrade already scheduled. */
  scheduledVariantId: string | null
}) {
  const [confirming, setConfirming] = useState<SubscriptionPlanOption | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<{ variantId: string; message: string } | null>(null)
  const [pending, startTransition] = useTransition()

  const money = (amount: number, currency: string) => formatMoney(amount, currency, countryCode)

  const change = (option: SubscriptionPlanOption) => {
    setError(null)
    setBusy(option.variant_id)
    startTransition(async () => {
      // An upgrade redirects to checkout; a downgrade comes back and the page refreshes.
      const result = await changeSubscriptionPlan({
        id: subscriptionId,
        variantId: option.variant_id,
        countryCode,
      })
      if (result?.error) {
        setError({ variantId: option.variant_id, message: result.error })
      } else {
        setConfirming(null)
      }
      setBusy(null)
    })
  }

  const choose = (option: SubscriptionPlanOption) => {
    setError(null)
    if (option.kind === "downgrade" || cartItemCount > 0) {
      setConfirming(option)
    } else {
      change(option)
    }
  }

  return (
    <div>
      <ul data-testid="plan-options" className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {options.map((option) => {
          const name = option.plan || option.title
          const label = `${name} · ${billingTermLabel(option)}`
          const price = `${money(option.amount, option.currency_code)} ${perTermLabel(option)}`
          const isBusy = pending && busy === option.variant_id
          const isConfirming = confirming?.variant_id === option.variant_id
          const scheduled = option.variant_id === scheduledVariantId
          return (
            <li
              key={option.variant_id}
              data-testid="plan-option"
              data-kind={option.kind}
              data-variant-id={option.variant_id}
              aria-current={option.kind === "current" ? "true" : undefined}
              className={`p-4 ${option.kind === "current" ? "bg-slate-50" : ""}`}
            >
              <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-semibold text-navy-900">{name}</span>
                    <span className="text-sm text-slate-600">{billingTermLabel(option)}</span>
                    {option.kind === "current" && (
                      <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">
                        Current plan
                      </span>
                    )}
                    {scheduled && (
                      <span className="rounded-full bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-800">
                        Scheduled
                      </span>
                    )}
                  </p>
                  <p data-testid="plan-option-price" className="mt-0.5 text-sm text-slate-700">
                    {price}
                  </p>
                </div>

                {option.kind === "upgrade" && !isConfirming && (
                  <div className="flex flex-col gap-2 sm:items-end">
                    <p className="text-sm text-slate-700">
                      Pay now:{" "}
                      <strong data-testid="plan-option-due-now" className="text-navy-900">
                        {money(option.due_now, option.currency_code)}
                      </strong>
                    </p>
                    <button
                      type="button"
                      data-testid="plan-option-upgrade"
                      aria-label={`Upgrade to ${label}`}
                      disabled={pending}
                      onClick={() => choose(option)}
                      className="btn-primary w-full sm:w-auto"
                    >
                      {isBusy ? "Preparing checkout…" : "Upgrade now"}
                    </button>
                  </div>
                )}
                {option.kind === "downgrade" && !isConfirming && !scheduled && (
                  <div className="flex flex-col gap-2 sm:items-end">
                    <p className="text-sm text-slate-700">From {renewsOn}</p>
                    <button
                      type="button"
                      data-testid="plan-option-downgrade"
                      aria-label={`Switch to ${label} from ${renewsOn}`}
                      disabled={pending || !!downgradeBlockedReason}
                      title={downgradeBlockedReason ?? undefined}
                      onClick={() => choose(option)}
                      className="btn-secondary w-full sm:w-auto"
                    >
                      Switch at renewal
                    </button>
                  </div>
                )}
                {option.kind === "downgrade" && scheduled && (
                  <p className="text-sm text-slate-700">From {renewsOn}</p>
                )}
              </div>

              {isConfirming && (
                <div
                  role="group"
                  aria-labelledby={`plan-confirm-${option.variant_id}`}
                  data-testid="plan-option-confirm-dialog"
                  className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900"
                >
                  {option.kind === "upgrade" ? (
                    <>
                      <p id={`plan-confirm-${option.variant_id}`} className="font-semibold">
                        Replace your cart?
                      </p>
                      <p className="mt-1">
                        Your cart holds {cartItemCount} {cartItemCount === 1 ? "item" : "items"}.
                        Upgrading starts a new cart with only the upgrade (
                        {money(option.due_now, option.currency_code)}); the current items are
                        removed from it.
                      </p>
                    </>
                  ) : (
                    <>
                      <p id={`plan-confirm-${option.variant_id}`} className="font-semibold">
                        Switch to {label} from {renewsOn}?
                      </p>
                      <p className="mt-1">
                        You keep {currentPlan} until then; from your renewal on {renewsOn} you
                        pay {price}. Nothing is refunded.
                      </p>
                    </>
                  )}
                  <div className="mt-3 flex flex-col gap-2 sm:flex-row">
                    <button
                      type="button"
                      data-testid="plan-option-confirm"
                      disabled={pending}
                      onClick={() => change(option)}
                      className="btn-primary w-full sm:w-auto"
                    >
                      {option.kind === "upgrade"
                        ? isBusy
                          ? "Preparing checkout…"
                          : "Replace cart and upgrade"
                        : isBusy
                          ? "Scheduling…"
                          : "Schedule the change"}
                    </button>
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => setConfirming(null)}
                      className="btn-secondary w-full sm:w-auto"
                      autoFocus
                    >
                      {option.kind === "upgrade" ? "Keep my cart" : "Keep my current plan"}
                    </button>
                  </div>
                </div>
              )}

              {error?.variantId === option.variant_id && (
                <p role="alert" className="mt-2 text-sm text-red-700">
                  {error.message}
                </p>
              )}
            </li>
          )
        })}
      </ul>
      <p className="mt-3 text-xs text-slate-500">
        An upgrade starts as soon as it&apos;s paid: you pay only the difference for the rest of
        this term and your renewal date stays {renewsOn}. A downgrade starts at your next
        renewal; nothing is refunded.
        {downgradeBlockedReason ? ` ${downgradeBlockedReason}` : ""}
      </p>
    </div>
  )
}
