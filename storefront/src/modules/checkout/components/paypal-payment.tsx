"use client"

import { useEffect, useRef, useState } from "react"
import Alert from "@modules/common/components/alert"
import { loadScript } from "./load-script"
import { unavailableMessage } from "./payment-labels"

type Props = {
  clientId: string
  data: Record<string, unknown>
  onApproved: () => Promise<void>
  onFailed: (reason: string) => void
}

type PayPalNamespace = {
  Buttons: (options: Record<string, unknown>) => { render: (el: HTMLElement) => Promise<void>; close?: () => void }
}

/**
 * PayPal Buttons for the order the backend created (session data
 * `paypal_order_id`, see backend/src/modules/payment-paypal/README.md). The
 * SDK loads only once PayPal is chosen; without it the approval page link
 * still works.
 */
export default function PayPalPayment({ clientId, data, onApproved, onFailed }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<"loading" | "ready" | "unavailable">("loading")
  const orderId = String(data.paypal_order_id ?? "")
  const approveUrl = typeof data.approve_url === "string" ? data.approve_url : null

  useEffect(() => {
    let cancelled = false
    if (!clientId) {
      setState("unavailable")
      return
    }
    const currency = String(data.currency_code ?? "USD").toUpperCase()
    const intent = String(data.intent ?? "CAPTURE").toLowerCase()
    loadScript(`https://www.paypal.com/sdk/js?client-id=${encodeURIComponent(clientId)}&currency=${currency}&intent=${intent}`)
      .then(async () => {
        const paypal = (window as unknown as { paypal?: PayPalNamespace }).paypal
        if (cancelled || !paypal || !ref.current) return
        await paypal
          .Buttons({
            createOrder: () => orderId,
            onApprove: () => onApproved(),
            onCancel: () => onFailed("You cancelled the PayPal payment."),
            onError: () => onFailed("PayPal could not take the payment."),
          })
          .render(ref.current)
        setState("ready")
      })
      .catch(() => !cancelled && setState("unavailable"))
    return () => {
      cancelled = true
    }
  }, [clientId, orderId, data.currency_code, data.intent, onApproved, onFailed])

  return (
    <div className="flex flex-col gap-3">
      {state === "loading" && <p className="text-sm text-slate-600" role="status">Loading PayPal…</p>}
      {state === "unavailable" && (
        <Alert tone="error" title="PayPal is unavailable">
          {clientId ? unavailableMessage("PayPal") : "PayPal buttons are not configured for this store."}
          {approveUrl && (
            <>
              {" "}
              <a className="underline" href={approveUrl}>Continue on PayPal&apos;s page instead</a>.
            </>
          )}
        </Alert>
      )}
      <div ref={ref} data-testid="paypal-buttons" />
    </div>
  )
}
