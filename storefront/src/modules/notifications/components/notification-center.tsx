"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useCallback, useEffect, useRef, useState } from "react"
import { useCustomerSocket } from "@modules/chat/lib/customer-socket"
import { notificationStore, useNotifications, type LiveNotification } from "../lib/notification-store"

/** A toast fades after this long (the badge keeps the count). */
const TOAST_MS = 8000
/** At most this many toasts at once: older ones give way. */
const MAX_TOASTS = 3

/**
 * The signed-in customer's live notifications: the customer's one socket to the chat server
 * (useCustomerSocket, shared with the chat widget) hears `notification` events — a support
 * reply, a payment received or failed, a subscription's new state, a service ready — shows each
 * as a toast and counts it on the nav's badge until the customer opens their account. Toasts sit under the header at the
 * top right (full width on a phone, newest only), away from a page's main action (at the foot
 * of forms and product boxes) and the chat button; each fades after 8 s or is dismissed.
 */
export default function NotificationCenter({ countryCode }: { countryCode: string }) {
  const pathname = usePathname()
  const [toasts, setToasts] = useState<LiveNotification[]>([])
  const { socket, connected, customerId } = useCustomerSocket(true)
  const { active } = useNotifications()
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>())

  const dismiss = useCallback((id: string) => {
    const timer = timers.current.get(id)
    if (timer) clearTimeout(timer)
    timers.current.delete(id)
    setToasts((list) => list.filter((t) => t.id !== id))
  }, [])

  const show = useCallback(
    (notification: LiveNotification) => {
      if (!notificationStore.add(notification)) {
        return
      }
      setToasts((list) => [notification, ...list].slice(0, MAX_TOASTS))
      timers.current.set(
        notification.id,
        setTimeout(() => dismiss(notification.id), TOAST_MS)
      )
    },
    [dismiss]
  )

  // this customer's unread list while the socket is theirs
  useEffect(() => {
    if (!customerId) {
      return
    }
    notificationStore.activate(customerId)
    return () => notificationStore.deactivate()
  }, [customerId])

  useEffect(() => {
    if (!socket) {
      return
    }
    socket.on("notification", show)
    return () => {
      socket.off("notification", show)
    }
  }, [socket, show])

  useEffect(() => {
    const pending = timers.current
    return () => {
      pending.forEach((t) => clearTimeout(t))
      pending.clear()
    }
  }, [])

  // the account pages are where the badge leads: being there is seeing what was new
  useEffect(() => {
    if (pathname?.startsWith(`/${countryCode}/account`)) {
      notificationStore.markAllSeen()
    }
  }, [pathname, countryCode, toasts, active])

  return (
    <div
      data-testid="notification-center"
      data-connected={connected}
      className="pointer-events-none fixed inset-x-3 top-[4.5rem] z-40 flex flex-col items-stretch gap-2 sm:inset-x-auto sm:right-4 sm:w-80 lg:top-[7rem]"
    >
      {toasts.map((t, i) => (
        <div
          key={t.id}
          role="status"
          aria-live="polite"
          data-testid="notification-toast"
          data-type={t.type}
          // a phone shows the newest only: a stack would push down over the page
          className={`pointer-events-auto rounded-lg border border-slate-200 bg-white p-3 text-slate-900 shadow-lg ${i > 0 ? "hidden sm:block" : ""}`}
        >
          <div className="flex items-start gap-3">
            <div className="min-w-0 flex-1">
              <p className="text-sm font-semibold">{t.title}</p>
              <p className="mt-0.5 break-words text-sm text-slate-600">{t.body}</p>
              {t.url && (
                <Link
                  href={`/${countryCode}${t.url}`}
                  onClick={() => dismiss(t.id)}
                  className="mt-1 inline-block text-sm font-medium text-accent-600 underline hover:text-accent-700"
                >
                  View
                </Link>
              )}
            </div>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              aria-label={`Dismiss notification: ${t.title}`}
              data-testid="notification-toast-dismiss"
              className="-m-1 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
