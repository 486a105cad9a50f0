"use client"

import Link from "next/link"
import { useActionState } from "react"
import { login, type FormState } from "@lib/data/customer"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"

export default function LoginForm({ countryCode, redirectTo }: { countryCode: string; redirectTo?: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(login, { error: null })

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="page_country" value={countryCode} />
      {redirectTo && <input type="hidden" name="redirect_to" value={redirectTo} />}
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />
      <div>
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <p className="mt-1 text-right text-sm">
          <Link
            href={`/${countryCode}/account/forgot-password`}
            className="font-medium text-accent-700 hover:text-accent-800"
          >
            Forgot your password?
          </Link>
        </p>
      </div>
      <div aria-live="polite" className="empty:hidden">{state.error && <Alert tone="error">{state.error}</Alert>}</div>
      <SubmitButton testId="login-submit" pendingText="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        New to CloudServices?{" "}
        <Link href={`/${countryCode}/account/register`} className="font-semibold text-accent-700 hover:text-accent-800">
          Create an account
        </Link>
      </p>
    </form>
  )
}
