"use client"

import Link from "next/link"
import { useActionState } from "react"
import { resendVerificationCode, verifyEmail, type AuthFormState } from "@lib/data/auth"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import ResendButton from "./resend-button"
import { useCountdown } from "./use-countdown"

/**
 * The "enter the 6-digit code we emailed" step of registration and of signing
 * in with an unverified email. `password` is what the shopper just typed,
 * kept only in this page's memory: with it the shopper is signed in right
 * after verifying; without it (no JavaScript, or the stand-alone page) they
 * are sent to sign in.
 */
export default function EmailCodeStep({
  email,
  password = "",
  countryCode,
  redirectTo,
  notice,
  resendAfter,
  sentAt,
}: {
  email: string
  password?: string
  countryCode: string
  redirectTo?: string
  notice?: string
  resendAfter?: number
  sentAt?: number
}) {
  // Without JavaScript, both forms post to the stand-alone code page.
  const permalink = `/${countryCode}/account/verify-email?email=${encodeURIComponent(email)}`
  const [state, verifyAction] = useActionState<AuthFormState, FormData>(
    verifyEmail,
    { error: null },
    permalink
  )
  const [resent, resendAction] = useActionState<AuthFormState, FormData>(
    resendVerificationCode,
    { error: null },
    permalink
  )
  const secondsLeft = useCountdown(
    resent.at ? resent.resendAfter : resendAfter,
    resent.at ?? sentAt
  )
  const info = resent.at ? (resent.error ? null : resent.notice) : notice
  const codeError = state.fieldErrors?.code

  return (
    <div className="flex flex-col gap-4" data-testid="email-code-step">
      <div>
        <h2 className="text-lg font-semibold text-navy-900">Check your email</h2>
        <p className="mt-1 text-sm text-slate-600">
          Enter the 6-digit code we sent to <strong className="break-all">{email}</strong>. It
          works for a limited time.
        </p>
      </div>
      <div aria-live="polite" className="empty:hidden">
        {info && (
          <Alert tone="info" testId="code-notice">
            {info}
          </Alert>
        )}
      </div>

      <form action={verifyAction} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="password" value={password} />
        <input type="hidden" name="page_country" value={countryCode} />
        {redirectTo && <input type="hidden" name="redirect_to" value={redirectTo} />}
        <Field
          label="6-digit code"
          name="code"
          id="email-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          autoFocus
          error={codeError}
          data-testid="verify-code"
          className="max-w-xs"
        />
        <div aria-live="polite" className="empty:hidden">
          {state.error && !codeError && (
            <Alert tone="error" testId="verify-error">
              {state.error}
              {state.verified && (
                <>
                  {" "}
                  <Link href={`/${countryCode}/account/login`} className="font-semibold underline">
                    Sign in
                  </Link>
                </>
              )}
            </Alert>
          )}
        </div>
        <SubmitButton testId="verify-submit" pendingText="Checking…">
          Verify email
        </SubmitButton>
      </form>

      <form action={resendAction} className="flex flex-col items-center gap-2 text-center">
        <input type="hidden" name="email" value={email} />
        <p className="text-sm text-slate-600">Didn&apos;t get it? Check your spam folder, or</p>
        <ResendButton secondsLeft={secondsLeft} testId="resend-code" />
        <div aria-live="polite" className="w-full empty:hidden">
          {resent.error && (
            <Alert tone="error" testId="resend-error">
              {resent.error}
            </Alert>
          )}
        </div>
      </form>
    </div>
  )
}
