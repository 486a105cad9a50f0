"use client"

import { useState, useTransition } from "react"
import { rebootService, reinstallService } from "@lib/data/services"
import type { ServiceChoice } from "@lib/util/service-config"

type Confirming = null | "reboot" | "reinstall"

/** Reboot and Reinstall, each behind a confirmation that says what happens. */
export default function ServiceActions({
  subscriptionId,
  countryCode,
  hostname,
  osImages,
  currentOs,
}: {
  subscriptionId: string
  countryCode: string
  hostname: string
  osImages: ServiceChoice[]
  currentOs: string | null
}) {
  const [confirming, setConfirming] = useState<Confirming>(null)
  const [os, setOs] = useState(currentOs && osImages.some((o) => o.code === currentOs) ? currentOs : (osImages[0]?.code ?? ""))
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null)

  const run = (action: "reboot" | "reinstall") => {
    setMessage(null)
    startTransition(async () => {
      const result =
        action === "reboot"
          ? await rebootService({ subscriptionId, countryCode })
          : await reinstallService({ subscriptionId, countryCode, os })
      if (result.error) {
        setMessage({ tone: "error", text: result.error })
        return
      }
      setConfirming(null)
      setMessage({
        tone: "success",
        text:
          action === "reboot"
            ? `${hostname} is restarting; it is back in about a minute.`
            : `${hostname} is being reinstalled with ${osImages.find((o) => o.code === os)?.label ?? os}. Its new root password is shown here once it is ready.`,
      })
    })
  }

  return (
    <div>
      {confirming === null && (
        <div className="flex flex-wrap gap-2">
          <button type="button" data-testid="service-reboot" onClick={() => setConfirming("reboot")} className="btn-secondary">
            Reboot
          </button>
          {osImages.length > 0 && (
            <button type="button" data-testid="service-reinstall" onClick={() => setConfirming("reinstall")} className="btn-secondary text-red-700">
              Reinstall
            </button>
          )}
        </div>
      )}

      {confirming === "reboot" && (
        <div role="group" aria-labelledby="reboot-title" data-testid="service-reboot-dialog" className="rounded-md border border-amber-200 bg-amber-50 p-4">
          <p id="reboot-title" className="text-sm font-semibold text-amber-900">
            Reboot {hostname}?
          </p>
          <p className="mt-1 text-sm text-amber-900">Running programs stop and connections drop while it restarts.</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" data-testid="service-reboot-confirm" disabled={pending} onClick={() => run("reboot")} className="btn bg-amber-600 text-white hover:bg-amber-700">
              {pending ? "Rebooting…" : "Yes, reboot"}
            </button>
            <button type="button" disabled={pending} onClick={() => setConfirming(null)} className="btn-secondary" autoFocus>
              Keep it running
            </button>
          </div>
        </div>
      )}

      {confirming === "reinstall" && (
        <div role="group" aria-labelledby="reinstall-title" data-testid="service-reinstall-dialog" className="rounded-md border border-red-200 bg-red-50 p-4">
          <p id="reinstall-title" className="text-sm font-semibold text-red-800">
            Reinstall {hostname}?
          </p>
          <p className="mt-1 text-sm text-red-800">
            Everything on the server is erased and the system you choose is installed. It keeps its addresses; the root
            password changes.
          </p>
          <label htmlFor="reinstall-os" className="label mt-3 text-red-900">
            Operating system
          </label>
          <select
            id="reinstall-os"
            data-testid="service-reinstall-os"
            value={os}
            onChange={(event) => setOs(event.target.value)}
            className="input max-w-xs"
          >
            {osImages.map((image) => (
              <option key={image.code} value={image.code}>
                {image.label}
              </option>
            ))}
          </select>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" data-testid="service-reinstall-confirm" disabled={pending || !os} onClick={() => run("reinstall")} className="btn bg-red-700 text-white hover:bg-red-800">
              {pending ? "Reinstalling…" : "Yes, erase and reinstall"}
            </button>
            <button type="button" disabled={pending} onClick={() => setConfirming(null)} className="btn-secondary" autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}

      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} data-testid="service-action-message" className={`mt-2 text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </p>
      )}
    </div>
  )
}
