"use client"

import { useState, useTransition } from "react"
import { cancelSubscription } from "@lib/data/subscriptions"

/** Cancel at period end, behind a confirmation step that says when the service ends. */
export default function CancelSubscription({
  subscriptionId,
  countryCode,
  endsOn,
}: {
  subscriptionId: string
  countryCode: string
  /** The formatted expiry date. */
  endsOn: string
}) {
  const [confirming, setConfirming] = useState(false)
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  if (!confirming) {
    return (
      <button
        type="button"
        data-testid="subscription-cancel"
        onClick={() => {
          setError(null)
          setConfirming(true)
        }}
        className="btn-secondary text-red-700"
      >
        Cancel subscription
      </button>
    )
  }

  return (
    <div
      role="group"
      aria-labelledby="cancel-confirm-title"
      data-testid="subscription-cancel-dialog"
      className="rounded-md border border-red-200 bg-red-50 p-4"
    >
      <p id="cancel-confirm-title" className="text-sm font-semibold text-red-800">
        Cancel this subscription?
      </p>
      <p className="mt-1 text-sm text-red-800">
        It will not renew again and ends on <strong>{endsOn}</strong>. Your service keeps
        running until then.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          data-testid="subscription-cancel-confirm"
          disabled={pending}
          onClick={() => {
            setError(null)
            startTransition(async () => {
              const result = await cancelSubscription({ id: subscriptionId, countryCode })
              if (result.error) {
                setError(result.error)
              } else {
                setConfirming(false)
              }
            })
          }}
          className="btn bg-red-700 text-white hover:bg-red-800"
        >
          {pending ? "Cancelling…" : `Yes, end it on ${endsOn}`}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => setConfirming(false)}
          className="btn-secondary"
          autoFocus
        >
          Keep subscription
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
