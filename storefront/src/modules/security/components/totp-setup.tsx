"use client"

import { useActionState } from "react"
import { confirmFactor, startTotpSetup, type SecurityFormState } from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"
import RecoveryCodesList from "./recovery-codes-list"

/**
 * Turning on an authenticator app: a pending factor is made on the server,
 * its otpauth URL shown as a QR code (made server-side) with the secret as
 * text, then confirmed with a first code. Stays mounted once the app is on,
 * to show the first recovery codes.
 */
export default function TotpSetup({
  countryCode,
  email,
  enabled,
}: {
  countryCode: string
  email: string
  enabled: boolean
}) {
  const [setup, startAction] = useActionState<SecurityFormState, FormData>(startTotpSetup, { error: null })
  const [confirmed, confirmAction] = useActionState<SecurityFormState, FormData>(confirmFactor, { error: null })
  const confirmIsNewer = (confirmed.at ?? 0) > (setup.at ?? 0)

  if (confirmed.success && confirmIsNewer) {
    return (
      <div className="mt-4 flex flex-col gap-4">
        <Alert tone="success" testId="totp-enabled" title="Authenticator app is on">
          From now on you sign in with your password and a code from the app.
        </Alert>
        {confirmed.codes && confirmed.codes.length > 0 && <RecoveryCodesList codes={confirmed.codes} />}
      </div>
    )
  }
  if (enabled) {
    return null
  }

  if (setup.factorId && setup.secret) {
    const codeError = confirmIsNewer ? confirmed.fieldErrors?.code : undefined
    return (
      <div className="mt-4 flex flex-col gap-4 rounded-md border border-slate-200 p-4" data-testid="totp-setup">
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>Open an authenticator app (Google Authenticator, 1Password, Authy…).</li>
          <li>Scan this QR code, or type the secret key in.</li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        <div className="flex flex-col items-start gap-4 sm:flex-row">
          {setup.qrCode && (
            // A data URL made on the server: no image optimisation needed.
            <img
              src={setup.qrCode}
              alt="QR code to add CloudServices to your authenticator app"
              width={180}
              height={180}
              data-testid="totp-qr"
              className="h-44 w-44 rounded border border-slate-200 bg-white p-1"
            />
          )}
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-700">Secret key</p>
            <code
              data-testid="totp-secret"
              className="mt-1 block break-all rounded bg-slate-100 px-2 py-1 font-mono text-sm text-slate-900"
            >
              {setup.secret}
            </code>
            <p className="mt-1 text-xs text-slate-500">Time-based, 6 digits, every 30 seconds.</p>
          </div>
        </div>
        <form action={confirmAction} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
          <input type="hidden" name="factor_id" value={setup.factorId} />
          <input type="hidden" name="page_country" value={countryCode} />
          <Field
            label="Code from the app"
            name="code"
            id="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            error={codeError}
            data-testid="totp-code"
            className="sm:w-48"
          />
          <SubmitButton testId="totp-confirm" pendingText="Checking…" className="btn-primary">
            Turn on
          </SubmitButton>
        </form>
        {confirmIsNewer && confirmed.error && !codeError && <Alert tone="error">{confirmed.error}</Alert>}
      </div>
    )
  }

  return (
    <form action={startAction} className="mt-3">
      <input type="hidden" name="label" value={email} />
      <SubmitButton testId="totp-start" pendingText="Preparing…" className="btn-secondary">
        Set up authenticator app
      </SubmitButton>
      {setup.error && (
        <div className="mt-2">
          <Alert tone="error">{setup.error}</Alert>
        </div>
      )}
      {!setup.error && confirmIsNewer && confirmed.error && (
        <div className="mt-2">
          <Alert tone="error">{confirmed.error} Start the set-up again.</Alert>
        </div>
      )}
    </form>
  )
}
