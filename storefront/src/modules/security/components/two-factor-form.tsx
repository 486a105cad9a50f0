"use client"

import Link from "next/link"
import { useActionState } from "react"
import {
  cancelSignIn,
  sendSignInCode,
  verifySignIn,
  type SendCodeState,
  type SignInCodeState,
  type SignInMethod,
} from "@lib/data/auth"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import ResendButton from "./resend-button"
import SignInExpired from "./sign-in-expired"
import { useCountdown } from "./use-countdown"
import { methodLabel } from "../labels"

const METHOD_HINTS: Record<SignInMethod, string> = {
  totp: "Open your authenticator app and enter the 6-digit code it shows for CloudServices.",
  email_otp: "We email a 6-digit code to the address on your account.",
  sms_otp: "We text a 6-digit code to your verified phone number.",
  recovery_code:
    "Enter one of the recovery codes you saved when you turned on two-step verification. Each code works once.",
}

/**
 * The second step of signing in: the ways the challenge offers (switched
 * with links, so it works without JavaScript), "Send code" for email and SMS,
 * and the code form. The pre-MFA token stays in its httpOnly cookie.
 */
export default function TwoFactorForm({
  countryCode,
  methods,
  method,
}: {
  countryCode: string
  methods: SignInMethod[]
  method: SignInMethod
}) {
  const [state, verifyAction] = useActionState<SignInCodeState, FormData>(verifySignIn, { error: null })
  const [sent, sendAction] = useActionState<SendCodeState, FormData>(sendSignInCode, { error: null })
  const secondsLeft = useCountdown(sent.resendAfter, sent.at)
  const sendsCode = method === "email_otp" || method === "sms_otp"
  const isRecovery = method === "recovery_code"

  if (state.expired || sent.expired) {
    return <SignInExpired countryCode={countryCode} />
  }

  return (
    <div className="flex flex-col gap-5" data-testid="mfa-step">
      {methods.length > 1 && (
        <nav aria-label="Ways to confirm">
          <ul className="flex flex-wrap gap-2">
            {methods.map((m) => (
              <li key={m}>
                <Link
                  href={`/${countryCode}/account/login/two-factor?method=${m}`}
                  replace
                  aria-current={m === method ? "page" : undefined}
                  data-testid={`mfa-method-${m}`}
                  className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${
                    m === method
                      ? "border-accent-600 bg-accent-50 text-accent-800"
                      : "border-slate-300 text-slate-700 hover:bg-slate-100"
                  }`}
                >
                  {methodLabel(m)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <p className="text-sm text-slate-600">{METHOD_HINTS[method]}</p>

      {sendsCode && (
        <form action={sendAction} className="flex flex-col gap-2">
          <input type="hidden" name="method" value={method} />
          <ResendButton
            secondsLeft={secondsLeft}
            testId="mfa-send-code"
            label={sent.notice ? "Send a new code" : "Send code"}
            className="btn-secondary w-full"
          />
          <div aria-live="polite" className="empty:hidden">
            {sent.error && <Alert tone="error" testId="mfa-send-error">{sent.error}</Alert>}
            {!sent.error && sent.notice && <Alert tone="info" testId="mfa-sent">{sent.notice}</Alert>}
          </div>
        </form>
      )}

      <form action={verifyAction} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="method" value={method} />
        <input type="hidden" name="page_country" value={countryCode} />
        <Field
          label={isRecovery ? "Recovery code" : "6-digit code"}
          name="code"
          id="mfa-code"
          inputMode={isRecovery ? "text" : "numeric"}
          autoComplete="one-time-code"
          autoCapitalize={isRecovery ? "none" : undefined}
          spellCheck={false}
          maxLength={isRecovery ? 64 : 6}
          required
          autoFocus
          data-testid="mfa-code"
        />
        <div aria-live="polite" className="empty:hidden">
          {state.error && <Alert tone="error" testId="mfa-error">{state.error}</Alert>}
        </div>
        <SubmitButton testId="mfa-submit" pendingText="Checking…">
          Verify and sign in
        </SubmitButton>
      </form>

      <form action={cancelSignIn.bind(null, countryCode)} className="text-center">
        <p className="text-xs text-slate-500">
          For your security this step only waits a few minutes.
        </p>
        <button type="submit" className="mt-2 text-sm font-semibold text-accent-700 hover:text-accent-800">
          Use a different account
        </button>
      </form>
    </div>
  )
}
