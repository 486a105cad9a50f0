import type { ReactNode } from "react"
import CheckoutHeader from "@modules/layout/templates/checkout-header"

export const dynamic = "force-dynamic"

export default async function CheckoutLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  return (
    <>
      <CheckoutHeader countryCode={countryCode} />
      <main id="main-content" className="flex flex-1 flex-col bg-slate-50">
        {children}
      </main>
    </>
  )
}
