"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type SubmitButtonProps = {
  children: ReactNode
  pendingText?: string
  testId?: string
  className?: string
}

/** A form's submit button that shows progress and blocks double submits. */
export default function SubmitButton({
  children,
  pendingText,
  testId,
  className = "btn-primary w-full",
}: SubmitButtonProps) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      data-testid={testId}
      disabled={pending}
      aria-disabled={pending}
      className={className}
    >
      {pending ? (pendingText ?? "Please wait…") : children}
    </button>
  )
}
