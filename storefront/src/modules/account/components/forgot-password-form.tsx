"use client"

import Link from "next/link"
import { useActionState } from "react"
import { requestPasswordReset, type FormState } from "@lib/data/customer"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"

export default function ForgotPasswordForm({ countryCode }: { countryCode: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(requestPasswordReset, { error: null })
  const errors = state.fieldErrors ?? {}
  const signInLink = (
    <Link href={`/${countryCode}/account/login`} className="font-semibold text-accent-700 hover:text-accent-800">
      Back to sign in
    </Link>
  )

  if (state.success) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success" testId="forgot-done" title="Check your inbox">
          If an account exists for that address, we&apos;ve emailed a link to choose a new password.
        </Alert>
        <p className="text-center text-sm text-slate-600">{signInLink}</p>
      </div>
    )
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errors.email}
        data-testid="forgot-email"
      />
      <div aria-live="polite" className="empty:hidden">
        {state.error && !errors.email && <Alert tone="error">{state.error}</Alert>}
      </div>
      <SubmitButton testId="forgot-submit" pendingText="Sending link…">
        Email me a reset link
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Remembered it? {signInLink}
      </p>
    </form>
  )
}
