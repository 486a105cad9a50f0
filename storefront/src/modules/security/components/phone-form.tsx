"use client"

import { useActionState } from "react"
import { addPhone, verifyPhone } from "@lib/data/account-settings"
import type { SecurityFormState } from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import ResendButton from "./resend-button"
import { useCountdown } from "./use-countdown"

/**
 * The phone number for SMS codes: saving a number texts it a code, which
 * verifies it. A number saved but not verified yet shows the code form too.
 */
export default function PhoneForm({
  countryCode,
  phone,
  verified,
}: {
  countryCode: string
  phone: string | null
  verified: boolean
}) {
  const [added, addAction] = useActionState<SecurityFormState, FormData>(addPhone, { error: null })
  const [checked, verifyAction] = useActionState<SecurityFormState, FormData>(verifyPhone, { error: null })
  const secondsLeft = useCountdown(added.resendAfter, added.at)
  const justVerified = checked.success && (checked.at ?? 0) > (added.at ?? 0)
  const awaitingCode = !justVerified && ((added.at && !added.error) || (phone && !verified))
  const addErrors = added.fieldErrors ?? {}
  const codeError = checked.fieldErrors?.code

  return (
    <div className="flex flex-col gap-4">
      {justVerified && <Alert tone="success" testId="phone-verified">{checked.notice}</Alert>}

      {awaitingCode && (
        <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-4" data-testid="phone-verify">
          <Alert tone="info">
            {added.notice ?? `Enter the code we texted to ${phone}, or send a new one.`}
          </Alert>
          <form action={verifyAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
            <input type="hidden" name="page_country" value={countryCode} />
            <Field
              label="Code from the text message"
              name="code"
              id="phone-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              error={codeError}
              data-testid="phone-code"
              className="sm:w-56"
            />
            <SubmitButton testId="phone-verify-submit" pendingText="Checking…" className="btn-primary">
              Verify number
            </SubmitButton>
          </form>
          {checked.error && !codeError && <Alert tone="error">{checked.error}</Alert>}
          {phone && !added.at && (
            <form action={addAction}>
              <input type="hidden" name="phone" value={phone} />
              <input type="hidden" name="page_country" value={countryCode} />
              <ResendButton secondsLeft={secondsLeft} label="Send a new code" className="btn-ghost px-0 text-accent-700" />
            </form>
          )}
        </div>
      )}

      <form action={addAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
        <input type="hidden" name="page_country" value={countryCode} />
        <Field
          label={phone ? "New phone number" : "Phone number"}
          name="phone"
          id="security-phone"
          type="tel"
          autoComplete="tel"
          placeholder="+14155550123"
          required
          error={addErrors.phone}
          hint="With the country code, like +14155550123."
          data-testid="phone-input"
          className="sm:w-72"
        />
        <ResendButton
          secondsLeft={secondsLeft}
          label={phone ? "Change and send code" : "Send code"}
          testId="phone-submit"
          className="btn-secondary"
        />
      </form>
      {added.error && !addErrors.phone && <Alert tone="error">{added.error}</Alert>}
    </div>
  )
}
