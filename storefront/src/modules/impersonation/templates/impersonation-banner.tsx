"use client"

import { useVisitor } from "@modules/layout/components/visitor-provider"
import ImpersonationBar from "@modules/impersonation/components/impersonation-bar"

/**
 * On every page while an admin views the store as a customer: whose view
 * it is, since when, read-only, and "End session". Nothing otherwise.
 */
export default function ImpersonationBanner({ countryCode }: { countryCode: string }) {
  const session = useVisitor()?.impersonation
  if (!session) {
    return null
  }
  return (
    <ImpersonationBar
      key={`${session.started_at}-${session.active}`}
      countryCode={countryCode}
      customer={session.customer}
      startedAt={session.started_at}
      expiresAt={session.expires_at}
      initiallyActive={session.active}
    />
  )
}
