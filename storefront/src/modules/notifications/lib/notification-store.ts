"use client"

import { useSyncExternalStore } from "react"

/** One `notification` socket event (see docs/api.md, "Socket events"). */
export type LiveNotification = {
  id: string
  type: "ticket.answered" | "payment.received" | "payment.failed" | "subscription.changed" | "service.ready" | string
  title: string
  body: string
  /** a storefront path under /<countryCode>, or null */
  url: string | null
  created_at: string
}

type State = {
  /** a signed-in customer's listener is mounted (the badge shows nothing otherwise) */
  active: boolean
  /** notifications heard and not yet seen, newest first (kept across reloads in this browser) */
  unread: LiveNotification[]
}

const STORAGE_KEY = "cs-notifications-unread"
/** the badge counts these at most ("9+") and the list keeps no more */
const MAX_UNREAD = 20

let state: State = { active: false, unread: [] }
/** whose list is in `state` (the customer id): each customer's is kept under its own key */
let owner: string | null = null
/** ids heard in this tab, seen or not: a repeat delivery is not news */
const heard = new Set<string>()
const listeners = new Set<() => void>()

function set(next: State) {
  state = next
  try {
    if (owner) localStorage.setItem(`${STORAGE_KEY}:${owner}`, JSON.stringify(next.unread))
  } catch {
    // storage off: the count lives as long as the tab
  }
  listeners.forEach((l) => l())
}

function load(customerId: string): LiveNotification[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(`${STORAGE_KEY}:${customerId}`) ?? "[]")
    return Array.isArray(parsed) ? parsed.slice(0, MAX_UNREAD) : []
  } catch {
    return []
  }
}

/**
 * The customer's live notifications, shared by the listener (which adds them) and the badge
 * (which counts them), wherever each is mounted. The unread list is kept in this browser: the
 * socket pushes and the store keeps no in-app notification records to read back.
 */
export const notificationStore = {
  /** the listener connected for a signed-in customer: picks up what this browser had unread for them */
  activate(customerId: string) {
    owner = customerId
    set({ active: true, unread: load(customerId) })
  },
  /** the listener unmounted (signed out): the badge hides; the customer's stored list stays theirs */
  deactivate() {
    owner = null
    set({ active: false, unread: [] })
  },
  /** a new notification; false when it was already heard (events are delivered at least once) */
  add(notification: LiveNotification): boolean {
    if (heard.has(notification.id) || state.unread.some((n) => n.id === notification.id)) {
      return false
    }
    heard.add(notification.id)
    set({ ...state, unread: [notification, ...state.unread].slice(0, MAX_UNREAD) })
    return true
  },
  /** the customer opened their account (or the notification's page): everything is seen */
  markAllSeen() {
    if (state.unread.length) {
      set({ ...state, unread: [] })
    }
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
  get: () => state,
}

const SERVER_STATE: State = { active: false, unread: [] }

/** The store's state in a component (nothing on the server: the badge renders in the browser only). */
export function useNotifications(): State {
  return useSyncExternalStore(notificationStore.subscribe, notificationStore.get, () => SERVER_STATE)
}
