"use client"

import { useRouter } from "next/navigation"
import { useEffect, useState } from "react"

/**
 * Renders the page again every few seconds while the server is being set up,
 * for at most `forMs` (then the buyer reloads when they want).
 */
export default function ServiceAutoRefresh({ everyMs = 3000, forMs = 5 * 60_000 }: { everyMs?: number; forMs?: number }) {
  const router = useRouter()
  const [gaveUp, setGaveUp] = useState(false)
  useEffect(() => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (Date.now() - started > forMs) {
        clearInterval(timer)
        setGaveUp(true)
        return
      }
      router.refresh()
    }, everyMs)
    return () => clearInterval(timer)
  }, [router, everyMs, forMs])
  return gaveUp ? (
    <p className="mt-2 text-sm text-slate-600">This takes longer than usual. Reload the page to check again.</p>
  ) : null
}
