"use client"

import { useActionState } from "react"
import {
  confirmFactor,
  startCodeFactor,
  type FactorProvider,
  type SecurityFormState,
} from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import RecoveryCodesList from "./recovery-codes-list"
import ResendButton from "./resend-button"
import { useCountdown } from "./use-countdown"

const NAMES: Record<"email_otp" | "sms_otp", { noun: string; start: string; where: string }> = {
  email_otp: { noun: "Email codes", start: "Turn on email codes", where: "email" },
  sms_otp: { noun: "SMS codes", start: "Turn on SMS codes", where: "text message" },
}

/**
 * Email or SMS codes as a second factor: the backend sends a first code,
 * which confirms it. Stays mounted once on, to show the first recovery codes.
 */
export default function CodeFactorSetup({
  countryCode,
  provider,
  enabled,
  unavailable,
}: {
  countryCode: string
  provider: Extract<FactorProvider, "email_otp" | "sms_otp">
  enabled: boolean
  /** Why it cannot be turned on yet (e.g. no verified phone), if so. */
  unavailable?: string
}) {
  const [setup, startAction] = useActionState<SecurityFormState, FormData>(startCodeFactor, { error: null })
  const [confirmed, confirmAction] = useActionState<SecurityFormState, FormData>(confirmFactor, { error: null })
  const secondsLeft = useCountdown(setup.resendAfter, setup.at)
  const confirmIsNewer = (confirmed.at ?? 0) > (setup.at ?? 0)
  const names = NAMES[provider]

  if (confirmed.success && confirmIsNewer) {
    return (
      <div className="mt-4 flex flex-col gap-4">
        <Alert tone="success" testId={`${provider}-enabled`} title={`${names.noun} are on`}>
          When you sign in we can send you a code by {names.where}.
        </Alert>
        {confirmed.codes && confirmed.codes.length > 0 && <RecoveryCodesList codes={confirmed.codes} />}
      </div>
    )
  }
  if (enabled) {
    return null
  }
  if (unavailable) {
    return <p className="mt-2 text-sm text-slate-500">{unavailable}</p>
  }

  const startForm = (label: string, className: string) => (
    <form action={startAction}>
      <input type="hidden" name="provider" value={provider} />
      {setup.factorId ? (
        <ResendButton secondsLeft={secondsLeft} label={label} className={className} testId={`${provider}-start`} />
      ) : (
        <SubmitButton testId={`${provider}-start`} pendingText="Sending code…" className={className}>
          {label}
        </SubmitButton>
      )}
    </form>
  )

  if (setup.factorId) {
    const codeError = confirmIsNewer ? confirmed.fieldErrors?.code : undefined
    return (
      <div className="mt-4 flex flex-col gap-3 rounded-md border border-slate-200 p-4" data-testid={`${provider}-setup`}>
        {setup.error ? <Alert tone="error">{setup.error}</Alert> : setup.notice && <Alert tone="info">{setup.notice}</Alert>}
        <form action={confirmAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
          <input type="hidden" name="factor_id" value={setup.factorId} />
          <input type="hidden" name="page_country" value={countryCode} />
          <Field
            label="6-digit code"
            name="code"
            id={`${provider}-code`}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            error={codeError}
            data-testid={`${provider}-code`}
            className="sm:w-48"
          />
          <SubmitButton testId={`${provider}-confirm`} pendingText="Checking…" className="btn-primary">
            Turn on
          </SubmitButton>
        </form>
        {confirmIsNewer && confirmed.error && !codeError && <Alert tone="error">{confirmed.error}</Alert>}
        {startForm("Send a new code", "btn-ghost self-start px-0 text-accent-700")}
      </div>
    )
  }

  return (
    <div className="mt-3 flex flex-col gap-2">
      {startForm(names.start, "btn-secondary self-start")}
      {setup.error && <Alert tone="error">{setup.error}</Alert>}
    </div>
  )
}
