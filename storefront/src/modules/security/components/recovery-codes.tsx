"use client"

import { useActionState } from "react"
import { generateRecoveryCodes, type SecurityFormState } from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import SubmitButton from "@modules/common/components/submit-button"
import RecoveryCodesList from "./recovery-codes-list"

/** How many recovery codes are left, and (re)generating them; new ones replace the old. */
export default function RecoveryCodes({
  countryCode,
  remaining,
  available,
}: {
  countryCode: string
  remaining: number
  /** Recovery codes only make sense once a second factor is on. */
  available: boolean
}) {
  const [state, formAction] = useActionState<SecurityFormState, FormData>(generateRecoveryCodes, { error: null })

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600" data-testid="recovery-remaining">
        {available
          ? remaining > 0
            ? `You have ${remaining} unused recovery code${remaining === 1 ? "" : "s"}.`
            : "You have no recovery codes. Make some, in case you lose access to your second factor."
          : "Turn on a second factor first; recovery codes then let you in if you lose it."}
      </p>
      {state.codes && state.codes.length > 0 && <RecoveryCodesList codes={state.codes} />}
      {available && (
        <form action={formAction} className="flex flex-col gap-2">
          <input type="hidden" name="page_country" value={countryCode} />
          {remaining > 0 && !state.codes && (
            <p className="text-xs text-slate-500">Making new codes stops the old ones from working.</p>
          )}
          <SubmitButton testId="recovery-generate" pendingText="Making codes…" className="btn-secondary self-start">
            {remaining > 0 || state.codes ? "Regenerate recovery codes" : "Generate recovery codes"}
          </SubmitButton>
          {state.error && <Alert tone="error">{state.error}</Alert>}
        </form>
      )}
    </div>
  )
}
