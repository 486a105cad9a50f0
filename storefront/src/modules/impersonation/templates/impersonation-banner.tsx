import { getImpersonationMarker, holdsImpersonationToken } from "@lib/data/impersonation-cookies"
import ImpersonationBar from "@modules/impersonation/components/impersonation-bar"

/**
 * On every page while an admin views the store as a customer: whose view
 * it is, since when, read-only, and "End session". Nothing otherwise.
 */
export default async function ImpersonationBanner({ countryCode }: { countryCode: string }) {
  const marker = await getImpersonationMarker()
  if (!marker) {
    return null
  }
  const live = (await holdsImpersonationToken(marker)) && new Date(marker.expiresAt).getTime() > Date.now()
  return (
    <ImpersonationBar
      countryCode={countryCode}
      customer={marker.customerName ? `${marker.customerName} (${marker.customerEmail})` : marker.customerEmail}
      startedAt={marker.startedAt}
      expiresAt={marker.expiresAt}
      initiallyActive={live}
    />
  )
}
