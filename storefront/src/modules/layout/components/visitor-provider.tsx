"use client"

import { usePathname } from "next/navigation"
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react"
import { VISITOR_CHANGED_EVENT, type VisitorState } from "@lib/util/visitor"

/** null until the browser has asked: the page itself is the same for every visitor. */
const VisitorContext = createContext<VisitorState | null>(null)

export const useVisitor = () => useContext(VisitorContext)

/**
 * Loads GET /api/visitor once per page, again after a cart or sign-in change
 * (`refreshVisitor()`) and when the tab comes back into view, and shares it with
 * the header, the chat and the "view as customer" bar.
 */
export default function VisitorProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname()
  const [state, setState] = useState<VisitorState | null>(null)
  const latest = useRef(0)

  useEffect(() => {
    const load = () => {
      const ticket = ++latest.current
      fetch("/api/visitor", { cache: "no-store", credentials: "same-origin" })
        .then((response) => (response.ok ? (response.json() as Promise<VisitorState>) : null))
        .then((next) => {
          // an older answer arriving late never overwrites a newer one
          if (next && ticket === latest.current) setState(next)
        })
        .catch(() => undefined)
    }
    load()
    const onVisible = () => document.visibilityState === "visible" && load()
    window.addEventListener(VISITOR_CHANGED_EVENT, load)
    document.addEventListener("visibilitychange", onVisible)
    return () => {
      window.removeEventListener(VISITOR_CHANGED_EVENT, load)
      document.removeEventListener("visibilitychange", onVisible)
    }
  }, [pathname])

  return <VisitorContext.Provider value={state}>{children}</VisitorContext.Provider>
}
