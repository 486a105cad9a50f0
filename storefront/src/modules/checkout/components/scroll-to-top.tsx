"use client"

import { useEffect } from "react"

/**
 * Shows a page from its top: after placing an order the browser would keep the
 * checkout's scroll position and open the confirmation below its heading. Focus
 * moves to the element with `focusId` so screen readers start there too.
 */
export default function ScrollToTop({ focusId }: { focusId?: string }) {
  useEffect(() => {
    window.scrollTo({ top: 0, left: 0, behavior: "instant" as ScrollBehavior })
    if (focusId) document.getElementById(focusId)?.focus({ preventScroll: true })
  }, [focusId])
  return null
}
