"use client"

import { useState, useTransition } from "react"
import { setAutoRenew } from "@lib/data/subscriptions"

/**
 * An accessible on/off switch for automatic renewal; the server action
 * revalidates the page. Says plainly what "on" will do: charge the saved
 * card, or (without one) issue a renewal invoice to pay by bank transfer.
 */
export default function AutoRenewToggle({
  subscriptionId,
  enabled,
  countryCode,
  hasSavedCard,
  onHint,
  disabled = false,
}: {
  subscriptionId: string
  enabled: boolean
  countryCode: string
  hasSavedCard: boolean
  /** What "on" will do (see autoRenewText). */
  onHint: string
  disabled?: boolean
}) {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  // While the change is saved the switch already shows where it is going.
  const [target, setTarget] = useState<boolean | null>(null)
  const checked = pending && target !== null ? target : enabled

  return (
    <div>
      <div className="flex items-center gap-3">
        <button
          type="button"
          role="switch"
          id="auto-renew-toggle"
          data-testid="auto-renew-toggle"
          aria-checked={checked}
          aria-labelledby="auto-renew-label"
          aria-describedby="auto-renew-hint"
          aria-busy={pending}
          disabled={disabled || pending}
          onClick={() => {
            const next = !enabled
            setError(null)
            setTarget(next)
            startTransition(async () => {
              const result = await setAutoRenew({ id: subscriptionId, enabled: next, countryCode })
              if (result.error) setError(result.error)
            })
          }}
          className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-500 disabled:cursor-not-allowed disabled:opacity-60 ${
            checked ? "bg-accent-600" : "bg-slate-300"
          }`}
        >
          <span
            aria-hidden="true"
            className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${
              checked ? "translate-x-5" : "translate-x-0.5"
            }`}
          />
        </button>
        <label id="auto-renew-label" htmlFor="auto-renew-toggle" className="text-sm font-medium text-slate-800">
          Renew automatically
        </label>
        <span data-testid="auto-renew-state" className="text-sm text-slate-600">
          {pending ? "Saving…" : checked ? "On" : "Off"}
        </span>
      </div>
      <p
        id="auto-renew-hint"
        data-testid="auto-renew-hint"
        data-saved-card={hasSavedCard}
        className={`mt-1 text-sm ${checked && !hasSavedCard ? "text-amber-900" : "text-slate-600"}`}
      >
        {checked
          ? onHint
          : "Your service ends when the paid period runs out unless you renew."}
      </p>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
