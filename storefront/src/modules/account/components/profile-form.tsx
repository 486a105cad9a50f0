"use client"

import { useActionState } from "react"
import { updateProfile, type FormState } from "@lib/data/customer"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"

export default function ProfileForm({
  email,
  defaults,
}: {
  email: string
  defaults: { first_name: string; last_name: string; phone: string }
}) {
  const [state, formAction] = useActionState<FormState, FormData>(updateProfile, { error: null })
  const values = { ...defaults, ...(state.values ?? {}) }
  const errors = state.fieldErrors ?? {}

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <div>
        <label htmlFor="profile-email" className="label">Email</label>
        <input id="profile-email" className="input bg-slate-100" value={email} readOnly aria-describedby="profile-email-hint" />
        <p id="profile-email-hint" className="mt-1 text-xs text-slate-500">Your sign-in email cannot be changed here.</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" name="first_name" autoComplete="given-name" required defaultValue={values.first_name} error={errors.first_name} />
        <Field label="Last name" name="last_name" autoComplete="family-name" required defaultValue={values.last_name} error={errors.last_name} />
      </div>
      <Field label="Phone" name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} />
      <div aria-live="polite" className="empty:hidden">
        {state.error && <Alert tone="error">{state.error}</Alert>}
        {state.success && <Alert tone="success">Your profile was saved.</Alert>}
      </div>
      <SubmitButton testId="profile-submit" pendingText="Saving…" className="btn-primary">
        Save changes
      </SubmitButton>
    </form>
  )
}
