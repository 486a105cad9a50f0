"use client"

import { useNotifications } from "../lib/notification-store"

/**
 * The unread count of the customer's live notifications, for the nav's account link. Renders
 * nothing for guests, when nothing is unread, and on the server. The link itself names the
 * count for screen readers through this badge's visually hidden text.
 */
export default function NotificationBadge({ className = "" }: { className?: string }) {
  const { active, unread } = useNotifications()
  if (!active || unread.length === 0) {
    return null
  }
  const count = unread.length
  return (
    <span
      data-testid="nav-notification-badge"
      className={`min-w-[1.25rem] rounded-full bg-accent-500 px-1.5 py-0.5 text-center text-xs font-bold leading-none text-white ${className}`}
    >
      <span aria-hidden="true">{count > 9 ? "9+" : count}</span>
      <span className="sr-only">{`, ${count} unread ${count === 1 ? "notification" : "notifications"}`}</span>
    </span>
  )
}
