"use client"

import Link from "next/link"
import { useActionState } from "react"
import { signup, type FormState } from "@lib/data/customer"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"

export default function RegisterForm({ countryCode }: { countryCode: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(signup, { error: null })
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="page_country" value={countryCode} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" name="first_name" autoComplete="given-name" required defaultValue={values.first_name} error={errors.first_name} />
        <Field label="Last name" name="last_name" autoComplete="family-name" required defaultValue={values.last_name} error={errors.last_name} />
      </div>
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={values.email} error={errors.email} />
      <Field label="Phone" name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        error={errors.password}
        hint="At least 8 characters."
      />
      <div aria-live="polite" className="empty:hidden">{state.error && <Alert tone="error">{state.error}</Alert>}</div>
      <SubmitButton testId="register-submit" pendingText="Creating account…">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={`/${countryCode}/account/login`} className="font-semibold text-accent-700 hover:text-accent-800">
          Sign in
        </Link>
      </p>
    </form>
  )
}
