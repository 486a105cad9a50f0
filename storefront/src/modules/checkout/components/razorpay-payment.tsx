"use client"

import { useState } from "react"
import { submitRazorpayPayment } from "@lib/data/checkout"
import Alert from "@modules/common/components/alert"
import { loadScript } from "./load-script"
import { unavailableMessage } from "./payment-labels"

type Props = {
  data: Record<string, unknown>
  email: string
  brandName?: string
  onPaid: () => Promise<void>
}

type RazorpayCtor = new (options: Record<string, unknown>) => { open: () => void; on: (event: string, cb: (r: any) => void) => void }

/**
 * Razorpay Checkout for the order the backend created (session data
 * `razorpay_order_id`, `key_id`, `amount` in paise; see
 * backend/src/modules/payment-razorpay/README.md). checkout.js loads when
 * the shopper presses the button.
 */
export default function RazorpayPayment({ data, email, brandName = "CloudServices", onPaid }: Props) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function open() {
    setError(null)
    setBusy(true)
    try {
      await loadScript("https://checkout.razorpay.com/v1/checkout.js")
    } catch {
      setError(unavailableMessage("Razorpay Checkout"))
      setBusy(false)
      return
    }
    const Razorpay = (window as unknown as { Razorpay?: RazorpayCtor }).Razorpay
    if (!Razorpay) {
      setError(unavailableMessage("Razorpay Checkout"))
      setBusy(false)
      return
    }
    const checkout = new Razorpay({
      key: data.key_id,
      order_id: data.razorpay_order_id,
      amount: data.amount,
      currency: data.currency ?? "INR",
      name: brandName,
      prefill: { email },
      handler: async (response: { razorpay_payment_id: string; razorpay_order_id: string; razorpay_signature: string }) => {
        const checked = await submitRazorpayPayment(response)
        if (checked.error) {
          setError(checked.error)
          setBusy(false)
          return
        }
        await onPaid()
      },
      modal: { ondismiss: () => setBusy(false) },
    })
    checkout.on("payment.failed", (r: any) => {
      setError(r?.error?.description || "The payment did not go through.")
      setBusy(false)
    })
    checkout.open()
  }

  return (
    <div className="flex flex-col gap-3">
      {error && (
        <Alert tone="error" title="Razorpay">
          {error}
        </Alert>
      )}
      <button type="button" className="btn-primary w-full py-3 text-base" onClick={open} disabled={busy} data-testid="razorpay-pay">
        {busy ? "Waiting for Razorpay…" : "Pay with Razorpay"}
      </button>
    </div>
  )
}
