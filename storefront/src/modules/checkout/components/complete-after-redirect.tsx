"use client"

import { useEffect, useRef } from "react"
import { useRouter } from "next/navigation"
import { completeGatewayCheckout } from "@lib/data/checkout"
import { isNavigation } from "@lib/util/navigation"

export default function CompleteAfterRedirect({ countryCode }: { countryCode: string }) {
  const router = useRouter()
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    completeGatewayCheckout(countryCode).then(
      (done) => router.replace(done.redirectTo ?? `/${countryCode}/checkout/failed?reason=${encodeURIComponent(done.error ?? "")}`),
      // placed: the action redirected to the confirmation page
      (error) => {
        if (!isNavigation(error)) {
          router.replace(`/${countryCode}/checkout/failed?reason=${encodeURIComponent("Your order could not be placed.")}`)
        }
      }
    )
  }, [countryCode, router])
  return (
    <div className="container-content py-16 text-center" role="status">
      Completing your order…
    </div>
  )
}
