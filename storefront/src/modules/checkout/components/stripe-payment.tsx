"use client"

import { useEffect, useState } from "react"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// the "pure" entry adds Stripe.js to the page only when loadStripe is called (card chosen)
import { loadStripe } from "@stripe/stripe-js/pure"
import type { Stripe } from "@stripe/stripe-js"
import Alert from "@modules/common/components/alert"
import { unavailableMessage } from "./payment-labels"

type Props = {
  publishableKey: string
  clientSecret: string
  returnUrl: string
  onPaid: () => Promise<void>
}

/** Stripe's Payment Element for the session's PaymentIntent (confirmed in the browser by Stripe.js). */
export default function StripePayment({ publishableKey, clientSecret, returnUrl, onPaid }: Props) {
  const [stripe, setStripe] = useState<Stripe | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let cancelled = false
    if (!publishableKey) {
      setFailed(true)
      return
    }
    loadStripe(publishableKey)
      .then((s) => !cancelled && (s ? setStripe(s) : setFailed(true)))
      .catch(() => !cancelled && setFailed(true))
    return () => {
      cancelled = true
    }
  }, [publishableKey])

  if (failed) {
    return (
      <Alert tone="error" title="Card payments are unavailable">
        {publishableKey ? unavailableMessage("The card payment form (Stripe)") : "Card payments are not configured for this store."}
      </Alert>
    )
  }
  if (!stripe) {
    return <p className="text-sm text-slate-600" role="status">Loading the secure card form…</p>
  }
  return (
    <Elements stripe={stripe} options={{ clientSecret }}>
      <StripeForm returnUrl={returnUrl} onPaid={onPaid} />
    </Elements>
  )
}

function StripeForm({ returnUrl, onPaid }: { returnUrl: string; onPaid: () => Promise<void> }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function pay() {
    if (!stripe || !elements) return
    setBusy(true)
    setError(null)
    const result = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } })
    if (result.error) {
      // a decline or a validation error: the shopper can fix it or use another card
      setError(result.error.message ?? "The payment was not accepted.")
      setBusy(false)
      return
    }
    await onPaid()
  }

  return (
    <div className="flex flex-col gap-4">
      <PaymentElement />
      {error && (
        <Alert tone="error" title="The payment did not go through">
          {error}
        </Alert>
      )}
      <button type="button" className="btn-primary w-full py-3 text-base" onClick={pay} disabled={!stripe || busy} data-testid="stripe-pay">
        {busy ? "Paying…" : "Pay now"}
      </button>
    </div>
  )
}
