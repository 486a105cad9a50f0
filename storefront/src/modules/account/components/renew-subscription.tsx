"use client"

import { useState, useTransition } from "react"
import { renewSubscription } from "@lib/data/subscriptions"

/**
 * Renew now: the server action swaps the cart for one holding the next term
 * and opens checkout. When the shopper's cart has items they confirm first,
 * since the renewal cart replaces it.
 */
export default function RenewSubscription({
  subscriptionId,
  countryCode,
  cartItemCount,
  priceLabel,
}: {
  subscriptionId: string
  countryCode: string
  cartItemCount: number
  priceLabel: string
}) {
  const [confirming, setConfirming] = useState(false)
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  const renew = () => {
    setError(null)
    startTransition(async () => {
      const result = await renewSubscription({ id: subscriptionId, countryCode })
      if (result?.error) setError(result.error)
    })
  }

  return (
    <div>
      {confirming ? (
        <div
          role="group"
          aria-labelledby="renew-confirm-title"
          className="rounded-md border border-amber-200 bg-amber-50 p-4"
        >
          <p id="renew-confirm-title" className="text-sm font-semibold text-amber-900">
            Replace your cart?
          </p>
          <p className="mt-1 text-sm text-amber-900">
            Your cart holds {cartItemCount} {cartItemCount === 1 ? "item" : "items"}. Renewing
            starts a new cart with only this renewal; the current items are removed from it.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              data-testid="subscription-renew-confirm"
              disabled={pending}
              onClick={renew}
              className="btn-primary"
            >
              {pending ? "Preparing checkout…" : "Replace cart and renew"}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => setConfirming(false)}
              className="btn-secondary"
            >
              Keep my cart
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          data-testid="subscription-renew"
          disabled={pending}
          onClick={() => (cartItemCount > 0 ? setConfirming(true) : renew())}
          className="btn-primary"
        >
          {pending ? "Preparing checkout…" : `Renew now · ${priceLabel}`}
        </button>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
