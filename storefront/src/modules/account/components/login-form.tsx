"use client"

import Link from "next/link"
import { useActionState, useState } from "react"
import { login, type AuthFormState } from "@lib/data/auth"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import EmailCodeStep from "@modules/security/components/email-code-step"

/**
 * Email and password. The backend may answer that the email still needs its
 * code (shown here, then the shopper is signed in) or that a second factor is
 * needed (the action moves on to the second-step page).
 */
export default function LoginForm({
  countryCode,
  redirectTo,
  verified = false,
}: {
  countryCode: string
  redirectTo?: string
  /** The shopper just verified their email on the stand-alone code page. */
  verified?: boolean
}) {
  const [state, formAction] = useActionState<AuthFormState, FormData>(login, { error: null })
  const [password, setPassword] = useState("")

  if (state.step === "verify" && state.email) {
    return (
      <div className="flex flex-col gap-4">
        {state.error && <Alert tone="error" testId="login-error">{state.error}</Alert>}
        <EmailCodeStep
          email={state.email}
          password={password}
          countryCode={countryCode}
          redirectTo={redirectTo}
          notice={state.notice}
          resendAfter={state.resendAfter}
          sentAt={state.at}
        />
      </div>
    )
  }

  return (
    <form
      action={formAction}
      // Keep what was typed for the code step, which signs in once the email is verified.
      onSubmit={(event) => setPassword(String(new FormData(event.currentTarget).get("password") ?? ""))}
      className="flex flex-col gap-4"
      noValidate
    >
      <input type="hidden" name="page_country" value={countryCode} />
      {redirectTo && <input type="hidden" name="redirect_to" value={redirectTo} />}
      {verified && !state.error && (
        <Alert tone="success" testId="login-verified">
          Your email address is verified. Sign in to continue.
        </Alert>
      )}
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />
      <div>
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <p className="mt-1 text-right text-sm">
          <Link
            href={`/${countryCode}/account/forgot-password`}
            className="font-medium text-accent-700 hover:text-accent-800"
          >
            Forgot your password?
          </Link>
        </p>
      </div>
      <div aria-live="polite" className="empty:hidden">{state.error && <Alert tone="error" testId="login-error">{state.error}</Alert>}</div>
      <SubmitButton testId="login-submit" pendingText="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-center text-sm text-slate-600">
        New to CloudServices?{" "}
        <Link href={`/${countryCode}/account/register${redirectTo ? `?next=${encodeURIComponent(redirectTo)}` : ""}`} className="font-semibold text-accent-700 hover:text-accent-800">
          Create an account
        </Link>
      </p>
    </form>
  )
}
