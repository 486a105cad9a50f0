"use client"

import { useState } from "react"
import Alert from "@modules/common/components/alert"

/**
 * Recovery codes, shown once: a list, "Download .txt" (a data: link, so it
 * works without JavaScript) and "Copy".
 */
export default function RecoveryCodesList({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null)
  const text = [
    "CloudServices recovery codes",
    "Each code signs you in once if you cannot use your other second factor.",
    "",
    ...codes,
    "",
  ].join("\n")

  return (
    <div className="flex flex-col gap-3" data-testid="recovery-codes">
      <Alert tone="warning" title="Save these recovery codes now">
        They are shown only once. Keep them somewhere safe, like a password manager: each one
        lets you sign in once if you lose your phone.
      </Alert>
      <ol className="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-4 font-mono text-sm text-slate-900 sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code" className="break-all">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="cloudservices-recovery-codes.txt"
          data-testid="recovery-download"
          className="btn-secondary"
        >
          Download .txt
        </a>
        <button
          type="button"
          data-testid="recovery-copy"
          className="btn-secondary"
          onClick={() => {
            navigator.clipboard
              ?.writeText(codes.join("\n"))
              .then(() => setCopied("yes"))
              .catch(() => setCopied("failed"))
          }}
        >
          Copy
        </button>
        <span aria-live="polite" className="text-sm text-slate-600">
          {copied === "yes" && "Copied to the clipboard."}
          {copied === "failed" && "Copying did not work: select the codes and copy them."}
        </span>
      </div>
    </div>
  )
}
