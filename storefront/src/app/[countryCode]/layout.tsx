import type { ReactNode } from "react"
import ChatWidget from "@modules/chat/templates/chat-widget"
import ImpersonationBanner from "@modules/impersonation/templates/impersonation-banner"

/**
 * Every storefront page: its section's layout, the chat widget, and the "view as customer"
 * banner when an admin is viewing.
 */
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
      <ChatWidget countryCode={countryCode} />
      <ImpersonationBanner countryCode={countryCode} />
    </>
  )
}
