"use client"

import { usePathname } from "next/navigation"
import { useEffect, useState, useTransition } from "react"
import { endImpersonation, reportImpersonationView } from "@lib/data/impersonation"

const clock = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso))

/** The fixed bar at the bottom of the window while viewing as a customer. */
export default function ImpersonationBar({
  countryCode,
  customer,
  startedAt,
  expiresAt,
  initiallyActive,
}: {
  countryCode: string
  customer: string
  startedAt: string
  expiresAt: string
  initiallyActive: boolean
}) {
  const pathname = usePathname()
  const [active, setActive] = useState(initiallyActive)
  const [pending, startTransition] = useTransition()
  // the server renders UTC; the browser shows its own time zone after hydration
  const [times, setTimes] = useState({ since: `${clock(startedAt, "UTC")} UTC`, until: `${clock(expiresAt, "UTC")} UTC` })

  useEffect(() => {
    setTimes({ since: clock(startedAt), until: clock(expiresAt) })
  }, [startedAt, expiresAt])

  // every page shown joins the session's timeline; the answer says whether it is still on
  useEffect(() => {
    if (!active) return
    let cancelled = false
    reportImpersonationView(pathname)
      .then(({ active: still }) => {
        if (!cancelled && !still) setActive(false)
      })
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [pathname, active])

  // the bar goes at once: the visitor state it comes from is only reloaded after the redirect
  const [ended, setEnded] = useState(false)
  const end = () => {
    setEnded(true)
    startTransition(() => endImpersonation(countryCode))
  }
  if (ended) {
    return null
  }

  return (
    <>
      {/* keeps the page's end visible above the bar */}
      <div aria-hidden className="h-16 shrink-0" />
      <div
        role="status"
        data-testid="impersonation-banner"
        data-active={active}
        className={`fixed inset-x-0 bottom-0 z-[100] border-t-4 px-4 py-3 text-sm shadow-2xl ${
          active ? "border-amber-400 bg-amber-50 text-amber-950" : "border-slate-400 bg-slate-100 text-slate-800"
        }`}
      >
        <div className="mx-auto flex max-w-content flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p>
            {active ? (
              <>
                <span className="font-semibold">Viewing as {customer}</span> since {times.since} —{" "}
                <span className="font-semibold uppercase tracking-wide">read-only</span>
                <span className="text-amber-800"> · ends at {times.until}</span>
              </>
            ) : (
              <>
                <span className="font-semibold">The view as {customer} has ended.</span> This tab no longer shows their
                account.
              </>
            )}
          </p>
          <button
            type="button"
            onClick={end}
            disabled={pending}
            data-testid="impersonation-end"
            className="rounded-md bg-navy-900 px-3 py-1.5 font-semibold text-white hover:bg-navy-800 disabled:opacity-60"
          >
            {pending ? "Ending…" : active ? "End session" : "Close"}
          </button>
        </div>
      </div>
    </>
  )
}
