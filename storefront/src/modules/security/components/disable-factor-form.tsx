"use client"

import { useActionState } from "react"
import { disableFactor, sendSecurityCode, type SecurityFormState } from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import { methodLabel } from "../labels"
import ResendButton from "./resend-button"
import { useCountdown } from "./use-countdown"

/**
 * Turning a factor off: the password plus a current code of any way the
 * customer can confirm (including a recovery code). Sits in a <details>, so
 * it opens without JavaScript.
 */
export default function DisableFactorForm({
  countryCode,
  factorId,
  factorName,
  methods,
}: {
  countryCode: string
  factorId: string
  factorName: string
  /** The ways the customer can confirm now: enabled factors, plus recovery codes if any are left. */
  methods: string[]
}) {
  const [state, formAction] = useActionState<SecurityFormState, FormData>(disableFactor, { error: null })
  const [sent, sendAction] = useActionState<SecurityFormState, FormData>(sendSecurityCode, { error: null })
  const secondsLeft = useCountdown(sent.resendAfter, sent.at)
  const errors = state.fieldErrors ?? {}
  const sendable = methods.filter((m) => m === "email_otp" || m === "sms_otp")
  const prefix = `disable-${factorId}`

  return (
    <details className="group mt-3 rounded-md border border-slate-200" data-testid="factor-disable">
      <summary className="cursor-pointer list-none px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50">
        Turn off {factorName}…
      </summary>
      <div className="flex flex-col gap-3 border-t border-slate-200 p-3">
        <p className="text-sm text-slate-600">
          Confirm with your password and a current code. Signing in will then need one step less.
        </p>
        <form action={formAction} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="factor_id" value={factorId} />
          <input type="hidden" name="page_country" value={countryCode} />
          <Field
            label="Password"
            name="password"
            id={`${prefix}-password`}
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <div>
            <label htmlFor={`${prefix}-method`} className="label">
              Confirm with<span className="text-red-600" aria-hidden="true"> *</span>
            </label>
            <select id={`${prefix}-method`} name="method" className="input" defaultValue={methods[0]} required>
              {methods.map((m) => (
                <option key={m} value={m}>
                  {methodLabel(m)}
                </option>
              ))}
            </select>
            {errors.method && <p className="mt-1 text-xs text-red-700">{errors.method}</p>}
          </div>
          <Field
            label="Current code"
            name="code"
            id={`${prefix}-code`}
            autoComplete="one-time-code"
            required
            error={errors.code}
            hint="6 digits, or one of your recovery codes as you saved it."
          />
          <div aria-live="polite" className="empty:hidden">
            {state.error && !Object.keys(errors).length && <Alert tone="error">{state.error}</Alert>}
          </div>
          <SubmitButton pendingText="Turning off…" className="btn bg-red-700 text-white hover:bg-red-800 self-start">
            Turn off
          </SubmitButton>
        </form>
        {sendable.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
            <span className="text-sm text-slate-600">Need a code?</span>
            {sendable.map((m) => (
              <form key={m} action={sendAction}>
                <input type="hidden" name="method" value={m} />
                <ResendButton
                  secondsLeft={secondsLeft}
                  label={m === "email_otp" ? "Email me a code" : "Text me a code"}
                  className="btn-ghost px-2 text-accent-700"
                />
              </form>
            ))}
            <div aria-live="polite" className="w-full empty:hidden">
              {sent.error && <Alert tone="error">{sent.error}</Alert>}
              {!sent.error && sent.notice && <Alert tone="info">{sent.notice}</Alert>}
            </div>
          </div>
        )}
      </div>
    </details>
  )
}
