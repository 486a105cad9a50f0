"use client"

import { useFormStatus } from "react-dom"

/** "Resend code" that counts down while the backend would refuse another code. */
export default function ResendButton({
  secondsLeft,
  testId,
  label = "Resend code",
  className = "btn-secondary",
}: {
  secondsLeft: number
  testId?: string
  label?: string
  className?: string
}) {
  const { pending } = useFormStatus()
  const waiting = secondsLeft > 0
  return (
    <button
      type="submit"
      data-testid={testId}
      disabled={pending || waiting}
      aria-disabled={pending || waiting}
      className={className}
    >
      {pending ? "Sending…" : waiting ? `${label} in ${secondsLeft} s` : label}
    </button>
  )
}
