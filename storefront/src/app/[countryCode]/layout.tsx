import type { ReactNode } from "react"
import ChatWidget from "@modules/chat/templates/chat-widget"
import ImpersonationBanner from "@modules/impersonation/templates/impersonation-banner"
import VisitorProvider from "@modules/layout/components/visitor-provider"
import LiveNotifications from "@modules/notifications/templates/live-notifications"

/**
 * Country pages are rendered on their first visit and then served from the cache until a
 * backend change flushes their tags (or their data's revalidation time passes); none is built
 * ahead, since the backend may not be running while the storefront builds.
 */
export async function generateStaticParams(): Promise<{ countryCode: string }[]> {
  return []
}

/**
 * Every storefront page: its section's layout, the chat widget, a signed-in customer's live
 * notifications and the "view as customer" banner when an admin is viewing — all filled in in
 * the browser from the visitor's cookies, so that the pages stay the same for everybody.
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
    <VisitorProvider>
      {children}
      <ChatWidget countryCode={countryCode} />
      <LiveNotifications countryCode={countryCode} />
      <ImpersonationBanner countryCode={countryCode} />
    </VisitorProvider>
  )
}
