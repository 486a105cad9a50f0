"use client"

import dynamic from "next/dynamic"
import { useCallback, useState } from "react"
import { useRouter } from "next/navigation"
import { completeGatewayCheckout, type GatewayPayment as GatewayPaymentData } from "@lib/data/checkout"
import { isNavigation } from "@lib/util/navigation"
import Alert from "@modules/common/components/alert"
import { PAYPAL_PROVIDER, RAZORPAY_PROVIDER, STRIPE_PROVIDER, providerLabel } from "./payment-labels"

// each gateway's code (and its SDK) is fetched only when that gateway is chosen
const StripePayment = dynamic(() => import("./stripe-payment"), { ssr: false })
const PayPalPayment = dynamic(() => import("./paypal-payment"), { ssr: false })
const RazorpayPayment = dynamic(() => import("./razorpay-payment"), { ssr: false })

type Props = {
  gateway: GatewayPaymentData
  countryCode: string
  stripeKey: string
  paypalClientId: string
}

/** The second half of a gateway checkout: pay in the gateway's widget, then complete the order. */
export default function GatewayPayment({ gateway, countryCode, stripeKey, paypalClientId }: Props) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)

  const finish = useCallback(async () => {
    let done
    try {
      done = await completeGatewayCheckout(countryCode)
    } catch (error) {
      // a placed order: the action redirected to its confirmation page and the
      // router is already going there (its redirect also rejects the call);
      // anything else is a real failure for the gateway's widget to handle
      if (isNavigation(error)) return
      throw error
    }
    if (done.redirectTo) {
      router.push(done.redirectTo)
    } else if (done.error) {
      setError(done.error)
    }
  }, [countryCode, router])

  const fail = useCallback(
    (reason: string) => router.push(`/${countryCode}/checkout/failed?reason=${encodeURIComponent(reason)}`),
    [countryCode, router]
  )

  const returnUrl =
    typeof window === "undefined" ? "" : `${window.location.origin}/${countryCode}/checkout/complete`

  return (
    <section aria-labelledby="pay-heading" className="card p-6" data-testid="gateway-payment">
      <h2 id="pay-heading" className="text-lg font-semibold text-navy-900">
        Pay with {providerLabel(gateway.provider_id).title}
      </h2>
      <div className="mt-4">
        {gateway.provider_id === STRIPE_PROVIDER && (
          <StripePayment
            publishableKey={stripeKey}
            clientSecret={String(gateway.data.client_secret ?? "")}
            returnUrl={returnUrl}
            onPaid={finish}
          />
        )}
        {gateway.provider_id === PAYPAL_PROVIDER && (
          <PayPalPayment clientId={paypalClientId} data={gateway.data} onApproved={finish} onFailed={fail} />
        )}
        {gateway.provider_id === RAZORPAY_PROVIDER && (
          <RazorpayPayment data={gateway.data} email={gateway.email} onPaid={finish} />
        )}
      </div>
      {error && (
        <div className="mt-4">
          <Alert tone="error" title="We could not place your order">
            {error}
          </Alert>
        </div>
      )}
    </section>
  )
}
