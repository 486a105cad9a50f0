"use client"

import { useState, useTransition } from "react"
import { cancelScheduledPlanChange } from "@lib/data/subscriptions"

/**
 * A downgrade waiting for the next renewal: what the plan becomes and when,
 * and "Keep my current plan" to call it off (the server action revalidates
 * the page, which then no longer shows this).
 */
export default function ScheduledPlanChange({
  subscriptionId,
  countryCode,
  planLabel,
  priceLabel,
  effectiveOn,
}: {
  subscriptionId: string
  countryCode: string
  /** "Basic · billed monthly". */
  planLabel: string
  /** "$5.00 per month". */
  priceLabel: string
  /** The formatted date the change takes effect. */
  effectiveOn: string
}) {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  return (
    <div
      role="status"
      data-testid="subscription-scheduled-change"
      className="rounded-md border border-accent-200 bg-accent-50 px-4 py-3 text-sm text-accent-800"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <p className="font-semibold">
            Changes to {planLabel} on {effectiveOn}
          </p>
          <p className="mt-0.5">
            {priceLabel} from then on. Until then you keep your current plan; nothing is refunded.
          </p>
        </div>
        <button
          type="button"
          data-testid="subscription-keep-plan"
          disabled={pending}
          onClick={() => {
            setError(null)
            startTransition(async () => {
              const result = await cancelScheduledPlanChange({ id: subscriptionId, countryCode })
              if (result.error) setError(result.error)
            })
          }}
          className="btn-secondary w-full shrink-0 sm:w-auto"
        >
          {pending ? "Keeping your plan…" : "Keep my current plan"}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
