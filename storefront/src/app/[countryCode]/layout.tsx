import type { ReactNode } from "react"
import ImpersonationBanner from "@modules/impersonation/templates/impersonation-banner"

/** Every storefront page: its section's layout, plus the "view as customer" banner when an admin is viewing. */
export default async function CountryLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  return (
    <>
      {children}
      <ImpersonationBanner countryCode={countryCode} />
    </>
  )
}
