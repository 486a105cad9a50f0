"use client"

import Link from "next/link"
import { useActionState, useState } from "react"
import { resetPassword, type FormState } from "@lib/data/customer"
import { MIN_PASSWORD_LENGTH } from "@lib/util/password"
import ResetLinkExpired from "@modules/account/components/reset-link-expired"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import PasswordRules from "@modules/security/components/password-rules"

export default function ResetPasswordForm({
  countryCode,
  token,
  email,
}: {
  countryCode: string
  token: string
  email: string
}) {
  const [state, formAction] = useActionState<FormState, FormData>(resetPassword, { error: null })
  const [password, setPassword] = useState("")
  const errors = state.fieldErrors ?? {}

  if (state.expired) {
    return <ResetLinkExpired countryCode={countryCode} />
  }

  if (state.success) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success" testId="reset-done" title="Password changed">
          You can now sign in with your new password.
        </Alert>
        <Link href={`/${countryCode}/account/login`} data-testid="reset-signin-link" className="btn-primary w-full">
          Sign in
        </Link>
      </div>
    )
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      <div>
        <label htmlFor="reset-email" className="label">Email</label>
        <input
          id="reset-email"
          type="email"
          className="input bg-slate-100"
          value={email}
          autoComplete="username"
          readOnly
        />
      </div>
      <div>
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="reset-password"
        />
        <PasswordRules id="reset-password-rules" password={password} email={email} />
      </div>
      <Field
        label="Confirm new password"
        name="confirm_password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        error={errors.confirm_password}
        data-testid="reset-confirm"
      />
      <div aria-live="polite" className="empty:hidden">
        {state.error && state.error !== errors.password && (
          <Alert tone="error" testId="reset-form-error">{state.error}</Alert>
        )}
      </div>
      <SubmitButton testId="reset-submit" pendingText="Saving…">
        Change password
      </SubmitButton>
    </form>
  )
}
