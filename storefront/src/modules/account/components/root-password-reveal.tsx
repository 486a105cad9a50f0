"use client"

import { useState, useTransition, type FormEvent } from "react"
import { revealRootPassword } from "@lib/data/services"
import CopyButton from "@modules/common/components/copy-button"

/**
 * "Show root password": the account password is asked again, the server's
 * password comes back from the backend and lives only in this component's
 * state (masked until shown; gone on Hide or when the page is left).
 */
export default function RootPasswordReveal({ subscriptionId }: { subscriptionId: string }) {
  const [stage, setStage] = useState<"closed" | "asking" | "shown">("closed")
  const [rootPassword, setRootPassword] = useState<string | null>(null)
  const [visible, setVisible] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const close = () => {
    setRootPassword(null)
    setVisible(false)
    setError(null)
    setStage("closed")
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const password = String(new FormData(form).get("password") ?? "")
    if (!password) {
      setError("Enter your account password.")
      return
    }
    setError(null)
    startTransition(async () => {
      const result = await revealRootPassword({ subscriptionId, password })
      form.reset()
      if (result.error || !result.rootPassword) {
        setError(result.error ?? "The password could not be shown. Please try again.")
        return
      }
      setRootPassword(result.rootPassword)
      setVisible(false)
      setStage("shown")
    })
  }

  if (stage === "closed") {
    return (
      <button type="button" data-testid="root-password-show" onClick={() => setStage("asking")} className="btn-secondary self-start">
        Show root password
      </button>
    )
  }

  if (stage === "asking") {
    return (
      <form onSubmit={onSubmit} noValidate data-testid="root-password-form" className="rounded-md border border-slate-200 bg-slate-50 p-4">
        <label htmlFor="root-password-account" className="label">
          Enter your account password to see the root password
        </label>
        <div className="flex flex-col gap-2 min-[400px]:flex-row">
          <input
            id="root-password-account"
            name="password"
            type="password"
            autoComplete="current-password"
            data-testid="root-password-account"
            className={`input ${error ? "border-red-400" : ""}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "root-password-error" : undefined}
            autoFocus
          />
          <div className="flex gap-2">
            <button type="submit" disabled={pending} data-testid="root-password-submit" className="btn-primary whitespace-nowrap">
              {pending ? "Checking…" : "Show"}
            </button>
            <button type="button" disabled={pending} onClick={close} className="btn-ghost">
              Cancel
            </button>
          </div>
        </div>
        {error && (
          <p id="root-password-error" role="alert" className="mt-2 text-sm text-red-700">
            {error}
          </p>
        )}
      </form>
    )
  }

  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4" data-testid="root-password-panel">
      <p className="text-sm font-medium text-slate-700">Root password</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          data-testid="root-password-value"
          data-visible={visible ? "true" : "false"}
          className="min-w-0 max-w-full break-all rounded bg-white px-2 py-1 font-mono text-sm text-navy-900 ring-1 ring-slate-200"
        >
          {visible ? rootPassword : "•".repeat(Math.min(rootPassword?.length ?? 12, 24))}
        </code>
        <button
          type="button"
          data-testid="root-password-toggle"
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-700 hover:bg-slate-100"
        >
          {visible ? "Hide" : "Reveal"}
        </button>
        {rootPassword && <CopyButton value={rootPassword} label="Copy root password" testId="root-password-copy" />}
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Store it in your password manager. We never email it; change it after your first login with <code>passwd</code>.
      </p>
      <button type="button" onClick={close} className="mt-2 text-sm font-semibold text-accent-700 hover:text-accent-800">
        Done
      </button>
    </div>
  )
}
