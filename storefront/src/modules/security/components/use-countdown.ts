"use client"

import { useEffect, useState } from "react"

/**
 * Seconds left of a wait that starts whenever `startedAt` changes. It is 0
 * until the page is interactive, so without JavaScript nothing stays disabled
 * (the server then answers with its own "try again in …" message).
 */
export function useCountdown(seconds: number | undefined, startedAt: number | undefined) {
  const [left, setLeft] = useState(0)

  useEffect(() => {
    if (!seconds || seconds <= 0) {
      setLeft(0)
      return
    }
    const start = Date.now()
    const tick = () => {
      const remaining = Math.max(0, Math.ceil(seconds - (Date.now() - start) / 1000))
      setLeft(remaining)
      return remaining
    }
    tick()
    const timer = setInterval(() => {
      if (tick() === 0) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [seconds, startedAt])

  return left
}
