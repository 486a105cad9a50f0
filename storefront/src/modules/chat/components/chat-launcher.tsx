"use client"

import { usePathname } from "next/navigation"
import { useCallback, useEffect, useId, useRef, useState } from "react"
import dynamic from "next/dynamic"

// the conversations load after the page has become interactive: the page's own scripts come first
function ChatLoading() {
  return (
    <p role="status" className="flex-1 p-4 text-sm text-slate-500">
      Loading the conversation…
    </p>
  )
}
const CustomerChat = dynamic(() => import("./customer-chat"), { ssr: false, loading: ChatLoading })
const GuestChat = dynamic(() => import("./guest-chat"), { ssr: false, loading: ChatLoading })
import { SupportProvider } from "./support-context"
import type { SupportInfo } from "../support-hours"

/** Whether the visitor left the panel open or closed, for this tab. */
const OPEN_KEY = "cs-chat-open"
/** Below this width the open panel would cover the page (a product's price box, its "Add to cart"). */
const WIDE_SCREEN = "(min-width: 1024px)"

function rememberOpen(open: boolean) {
  try {
    sessionStorage.setItem(OPEN_KEY, open ? "1" : "0")
  } catch {
    // storage off
  }
}

/**
 * The chat button at the bottom right of every page and its panel: guests ask the assistant,
 * signed-in customers get a conversation that a person can take over. Escape closes the panel
 * and gives focus back to the button. Closing is remembered; a panel left open comes back after
 * a reload only on a wide screen, and on a phone or tablet it folds back into the button when
 * the visitor moves to another page.
 */
export default function ChatLauncher({
  countryCode,
  signedIn,
  readOnly,
  support,
}: {
  countryCode: string
  signedIn: boolean
  readOnly: boolean
  /** who answers and when (GET /store/support) */
  support: SupportInfo
}) {
  const pathname = usePathname()
  const panelId = useId()
  const titleId = useId()
  const [open, setOpenState] = useState(false)
  // a guest's assistant loads (its own chunk) when the chat is first opened, not with every page
  const [everOpen, setEverOpen] = useState(false)
  const [unread, setUnread] = useState(0)
  const [header, setHeader] = useState({ title: "CloudServices Assistant", detail: "Answers right away from our help center." })
  const launcher = useRef<HTMLButtonElement>(null)
  const input = useRef<HTMLTextAreaElement>(null)
  const lastPath = useRef(pathname)

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next)
    rememberOpen(next)
  }, [])

  useEffect(() => {
    try {
      if (sessionStorage.getItem(OPEN_KEY) === "1" && window.matchMedia(WIDE_SCREEN).matches) setOpenState(true)
    } catch {
      // storage off: starts closed
    }
  }, [])

  useEffect(() => {
    if (lastPath.current === pathname) return
    lastPath.current = pathname
    // on a small screen a new page is shown whole; the chat waits in its button
    if (!window.matchMedia(WIDE_SCREEN).matches) setOpenState(false)
  }, [pathname])

  useEffect(() => {
    if (open) setEverOpen(true)
  }, [open])

  useEffect(() => {
    if (open) {
      // after the panel is shown — and its conversation has loaded (a chunk of its own), for up to 5 s
      let frame = 0
      const until = Date.now() + 5000
      const focus = () => {
        if (input.current) input.current.focus()
        else if (Date.now() < until) frame = requestAnimationFrame(focus)
      }
      frame = requestAnimationFrame(focus)
      return () => cancelAnimationFrame(frame)
    }
  }, [open])

  const close = useCallback(() => {
    setOpen(false)
    launcher.current?.focus()
  }, [setOpen])

  const onHeader = useCallback((next: { title: string; detail: string }) => setHeader(next), [])

  const signInHref = `/${countryCode}/account/login?next=${encodeURIComponent(pathname || `/${countryCode}`)}`
  // above the "viewing as customer" bar while an admin views the store
  const bottom = readOnly ? "bottom-20" : "bottom-4 sm:bottom-6"

  return (
    <SupportProvider support={support}>
      <div
        id={panelId}
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation()
            close()
          }
        }}
        className={`fixed right-2 z-[90] flex h-[min(600px,calc(100vh-7rem))] w-[min(380px,calc(100vw-1rem))] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-2xl sm:right-6 ${
          readOnly ? "bottom-36" : "bottom-20 sm:bottom-24"
        } ${open ? "" : "hidden"}`}
        data-testid="chat-panel"
      >
        <div className="flex items-start justify-between gap-3 bg-navy-900 px-4 py-3 text-white">
          <div className="min-w-0">
            <h2 id={titleId} className="truncate text-sm font-semibold" data-testid="chat-title">
              {signedIn ? header.title : "CloudServices Assistant"}
            </h2>
            <p className="text-xs text-slate-300" data-testid="chat-subtitle">
              {signedIn ? header.detail : "Answers right away from our help center."}
            </p>
            {readOnly && (
              <p className="mt-1 text-xs font-semibold uppercase tracking-wide text-amber-300">Read-only view</p>
            )}
          </div>
          <button
            type="button"
            onClick={close}
            aria-label="Close chat"
            className="rounded-md p-1 text-slate-300 hover:bg-navy-800 hover:text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
            data-testid="chat-close"
          >
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </div>
        {signedIn ? (
          <CustomerChat
            countryCode={countryCode}
            open={open}
            readOnly={readOnly}
            inputRef={input}
            onUnread={setUnread}
            onHeader={onHeader}
          />
        ) : (
          (open || everOpen) && <GuestChat countryCode={countryCode} signInHref={signInHref} inputRef={input} />
        )}
      </div>

      <button
        ref={launcher}
        type="button"
        onClick={() => (open ? close() : setOpen(true))}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={open ? "Close chat" : unread ? `Chat with us (${unread} new)` : "Chat with us"}
        className={`fixed right-4 z-[90] flex h-14 w-14 items-center justify-center rounded-full bg-accent-600 text-white shadow-lg hover:bg-accent-700 focus:outline-none focus-visible:ring-4 focus-visible:ring-accent-300 sm:right-6 ${bottom}`}
        data-testid="chat-launcher"
      >
        {open ? (
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-6 w-6">
            <path
              fillRule="evenodd"
              d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
              clipRule="evenodd"
            />
          </svg>
        ) : (
          <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} className="h-7 w-7">
            <path
              strokeLinecap="round"
              strokeLinejoin="round"
              d="M8.625 12a.375.375 0 1 1-.75 0 .375.375 0 0 1 .75 0Zm4.125 0a.375.375 0 1 1-.75 0 .375.375 0 0 1 .75 0Zm4.125 0a.375.375 0 1 1-.75 0 .375.375 0 0 1 .75 0ZM2.25 12c0 4.556 4.03 8.25 9 8.25a9.764 9.764 0 0 0 2.555-.337A5.972 5.972 0 0 0 17.943 21a6 6 0 0 1-1.15-3.262C19.26 16.22 20.25 14.2 20.25 12c0-4.556-4.03-8.25-9-8.25s-9 3.694-9 8.25Z"
            />
          </svg>
        )}
        {!open && unread > 0 && (
          <span
            className="absolute -right-1 -top-1 flex h-5 min-w-5 items-center justify-center rounded-full bg-red-600 px-1 text-xs font-bold"
            data-testid="chat-unread"
            aria-hidden
          >
            {unread}
          </span>
        )}
      </button>
    </SupportProvider>
  )
}
