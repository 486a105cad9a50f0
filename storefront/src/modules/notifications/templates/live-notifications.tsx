"use client"

import { useVisitor } from "@modules/layout/components/visitor-provider"
import NotificationCenter from "@modules/notifications/components/notification-center"

/**
 * Live notifications (toasts and the nav badge's count) for signed-in customers on every page;
 * nothing for guests. Who the visitor is comes from the browser's visitor state; the socket
 * connects in the browser.
 */
export default function LiveNotifications({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  return visitor?.signed_in ? <NotificationCenter countryCode={countryCode} /> : null
}
