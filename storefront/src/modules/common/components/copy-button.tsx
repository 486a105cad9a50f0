"use client"

import { useEffect, useState } from "react"

/** Copies `value` to the clipboard and says so for a moment (and to screen readers). */
export default function CopyButton({
  value,
  label,
  testId,
  className = "",
}: {
  value: string
  /** What is copied, for screen readers: "Copy IPv4 address". */
  label: string
  testId?: string
  className?: string
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle")
  useEffect(() => {
    if (state === "idle") return
    const timer = setTimeout(() => setState("idle"), 2000)
    return () => clearTimeout(timer)
  }, [state])

  return (
    <button
      type="button"
      data-testid={testId}
      aria-label={label}
      title={label}
      onClick={() => {
        if (!navigator.clipboard) {
          setState("failed")
          return
        }
        navigator.clipboard
          .writeText(value)
          .then(() => setState("copied"))
          .catch(() => setState("failed"))
      }}
      className={`inline-flex shrink-0 items-center rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-700 hover:bg-slate-100 ${className}`}
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Select to copy" : "Copy"}</span>
    </button>
  )
}
