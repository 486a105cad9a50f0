"use client"

import { useActionState } from "react"
import { deleteAccount } from "@lib/data/account-settings"
import type { SecurityFormState } from "@lib/data/security"
import Alert from "@modules/common/components/alert"
import Field from "@modules/common/components/field"
import SubmitButton from "@modules/common/components/submit-button"

/** Deleting the account, behind a <details> and a password; signs out and goes home when done. */
export default function DeleteAccountForm({ countryCode }: { countryCode: string }) {
  const [state, formAction] = useActionState<SecurityFormState, FormData>(deleteAccount, { error: null })
  const errors = state.fieldErrors ?? {}

  return (
    <details className="rounded-md border border-red-200" open={Boolean(state.error)} data-testid="delete-account">
      <summary className="cursor-pointer list-none px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50">
        Delete my account…
      </summary>
      <form action={formAction} className="flex flex-col gap-4 border-t border-red-200 p-4" noValidate>
        <input type="hidden" name="page_country" value={countryCode} />
        <Alert tone="warning" title="This cannot be undone">
          You will be signed out and can no longer sign in, see your services or order with this
          account. Your orders and invoices are kept, as accounting law requires, but are no
          longer shown to you here.
        </Alert>
        <Field
          label="Password"
          name="password"
          id="delete-password"
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
          data-testid="delete-password"
          className="max-w-sm"
        />
        <div>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="confirm" value="yes" className="mt-0.5" data-testid="delete-confirm" />
            I understand that my account is deleted for good.
          </label>
          {errors.confirm && <p className="mt-1 text-xs text-red-700">{errors.confirm}</p>}
        </div>
        <div aria-live="polite" className="empty:hidden">
          {state.error && !errors.password && !errors.confirm && <Alert tone="error">{state.error}</Alert>}
        </div>
        <SubmitButton testId="delete-submit" pendingText="Deleting…" className="btn self-start bg-red-700 text-white hover:bg-red-800">
          Delete my account
        </SubmitButton>
      </form>
    </details>
  )
}
