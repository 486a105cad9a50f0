"use client"

import { useVisitor } from "@modules/layout/components/visitor-provider"
import dynamic from "next/dynamic"

// its own chunk, fetched only once the visitor turns out to be signed in
const NotificationCenter = dynamic(() => import("@modules/notifications/components/notification-center"), {
  ssr: false,
})

/**
 * Live notifications (toasts and the nav badge's count) for signed-in customers on every page;
 * nothing for guests. Who the visitor is comes from the browser's visitor state; the socket
 * connects in the browser.
 */
export default function LiveNotifications({ countryCode }: { countryCode: string }) {
  const visitor = useVisitor()
  return visitor?.signed_in ? <NotificationCenter countryCode={countryCode} /> : null
}
