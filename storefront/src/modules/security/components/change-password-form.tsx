"use client"

import { useActionState, useState } from "react"
import { changePassword } from "@lib/data/account-settings"
import type { SecurityFormState } from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import PasswordRules from "./password-rules"

export default function ChangePasswordForm({ countryCode, email }: { countryCode: string; email: string }) {
  const [state, formAction] = useActionState<SecurityFormState, FormData>(changePassword, { error: null })
  const [password, setPassword] = useState("")
  const errors = state.fieldErrors ?? {}

  return (
    <form
      action={formAction}
      onSubmit={() => setPassword("")}
      className="flex max-w-md flex-col gap-4"
      noValidate
    >
      <input type="hidden" name="page_country" value={countryCode} />
      <input type="hidden" name="email" value={email} />
      <Field
        label="Current password"
        name="current_password"
        id="current-password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.current_password}
      />
      <div>
        <Field
          label="New password"
          name="new_password"
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          error={errors.new_password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <PasswordRules id="new-password-rules" password={password} email={email} />
      </div>
      <Field
        label="Confirm new password"
        name="confirm_password"
        id="confirm-new-password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm_password}
      />
      <div aria-live="polite" className="empty:hidden">
        {state.error && !errors.current_password && !errors.new_password && (
          <Alert tone="error" testId="change-password-error">{state.error}</Alert>
        )}
        {state.success && <Alert tone="success" testId="change-password-done">{state.notice}</Alert>}
      </div>
      <SubmitButton testId="change-password-submit" pendingText="Saving…" className="btn-primary self-start">
        Change password
      </SubmitButton>
    </form>
  )
}
