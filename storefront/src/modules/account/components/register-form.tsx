"use client"

import Link from "next/link"
import { useActionState, useState } from "react"
import { signup, type AuthFormState } from "@lib/data/auth"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import EmailCodeStep from "@modules/security/components/email-code-step"
import PasswordRules from "@modules/security/components/password-rules"

/**
 * Registration in two steps: the details, then the 6-digit code emailed to
 * the address. The password stays in this component's memory so the shopper
 * is signed in as soon as the code is accepted.
 */
export default function RegisterForm({ countryCode, redirectTo }: { countryCode: string; redirectTo?: string }) {
  const [state, formAction] = useActionState<AuthFormState, FormData>(signup, { error: null })
  const [password, setPassword] = useState("")
  const [email, setEmail] = useState("")
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}

  if (state.step === "verify" && state.email) {
    return (
      <EmailCodeStep
        email={state.email}
        password={password}
        countryCode={countryCode}
        redirectTo={redirectTo}
        notice={state.notice}
        resendAfter={state.resendAfter}
        sentAt={state.at}
      />
    )
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="page_country" value={countryCode} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" name="first_name" autoComplete="given-name" required defaultValue={values.first_name} error={errors.first_name} />
        <Field label="Last name" name="last_name" autoComplete="family-name" required defaultValue={values.last_name} error={errors.last_name} />
      </div>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        error={errors.email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field label="Phone" name="phone" type="tel" autoComplete="tel" defaultValue={values.phone} />
      <div>
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
          aria-describedby={["register-password-rules", errors.password && "field-password-error"].filter(Boolean).join(" ")}
        />
        <PasswordRules id="register-password-rules" password={password} email={email || values.email} />
      </div>
      <div aria-live="polite" className="empty:hidden">
        {state.error && <Alert tone="error" testId="register-error">{state.error}</Alert>}
      </div>
      <SubmitButton testId="register-submit" pendingText="Creating account…">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={`/${countryCode}/account/login${redirectTo ? `?next=${encodeURIComponent(redirectTo)}` : ""}`} className="font-semibold text-accent-700 hover:text-accent-800">
          Sign in
        </Link>
      </p>
    </form>
  )
}
