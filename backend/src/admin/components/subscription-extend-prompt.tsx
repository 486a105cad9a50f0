import { Input, Label, RadioGroup, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  formatDate,
  toDateInput,
  type SubscriptionAction,
  type SubscriptionDetail,
} from "../lib/subscriptions"
import { ActionPrompt, Field, TEXT_MAX } from "./action-prompt"

const DAY_MS = 24 * 60 * 60 * 1000

/** What "Extend" sends: a number of days or a new expiry date, and an optional note. */
export type ExtendBody = Extract<SubscriptionAction, { action: "extend" }>["body"]

/** Extend a subscription by days or until a date (nothing is charged), with a preview of the new expiry. */
export const SubscriptionExtendPrompt = ({
  subscription,
  open,
  onOpenChange,
  isPending,
  onConfirm,
}: {
  subscription: SubscriptionDetail
  open: boolean
  onOpenChange: (open: boolean) => void
  isPending: boolean
  onConfirm: (body: ExtendBody) => void
}) => {
  const [mode, setMode] = useState<"days" | "until">("days")
  const [days, setDays] = useState("30")
  const [until, setUntil] = useState("")
  const [note, setNote] = useState("")

  // every opening starts from 30 days
  useEffect(() => {
    if (open) {
      setMode("days")
      setDays("30")
      setUntil(toDateInput(new Date(new Date(subscription.expires_at).getTime() + 30 * DAY_MS)))
      setNote("")
    }
  }, [open]) // eslint-disable-line react-hooks/exhaustive-deps

  const trimmedNote = note.trim()
  const dayCount = Number(days)
  const validDays = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= 3650
  const currentExpiry = new Date(subscription.expires_at)
  const newExpiry =
    mode === "days"
      ? validDays
        ? new Date(currentExpiry.getTime() + dayCount * DAY_MS)
        : null
      : /^\d{4}-\d{2}-\d{2}$/.test(until)
        ? new Date(`${until}T00:00:00Z`)
        : null
  const extendsLater = !!newExpiry && newExpiry.getTime() > currentExpiry.getTime()

  return (
    <ActionPrompt
      open={open}
      onOpenChange={onOpenChange}
      title={`Extend ${subscription.number}?`}
      description={`It expires on ${formatDate(subscription.expires_at)}. Nothing is charged.`}
      confirmLabel="Extend"
      canConfirm={extendsLater && trimmedNote.length <= TEXT_MAX}
      isPending={isPending}
      onConfirm={() =>
        onConfirm({
          ...(mode === "days" ? { days: dayCount } : { until }),
          ...(trimmedNote ? { note: trimmedNote } : {}),
        })
      }
      testId="subscription-extend"
    >
      <RadioGroup
        value={mode}
        onValueChange={(value) => setMode(value === "until" ? "until" : "days")}
        className="flex gap-x-6"
      >
        <div className="flex items-center gap-x-2">
          <RadioGroup.Item value="days" id="subscription-extend-mode-days" />
          <Label size="small" htmlFor="subscription-extend-mode-days">
            By a number of days
          </Label>
        </div>
        <div className="flex items-center gap-x-2">
          <RadioGroup.Item value="until" id="subscription-extend-mode-until" />
          <Label size="small" htmlFor="subscription-extend-mode-until">
            Until a date
          </Label>
        </div>
      </RadioGroup>
      {mode === "days" ? (
        <Field label="Days" htmlFor="subscription-extend-days">
          <Input
            id="subscription-extend-days"
            type="number"
            min={1}
            max={3650}
            step={1}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            aria-invalid={!validDays}
            data-testid="subscription-extend-days"
          />
        </Field>
      ) : (
        <Field label="New expiry date" htmlFor="subscription-extend-until">
          <Input
            id="subscription-extend-until"
            type="date"
            min={toDateInput(new Date(currentExpiry.getTime() + DAY_MS))}
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            aria-invalid={!extendsLater}
            data-testid="subscription-extend-until"
          />
        </Field>
      )}
      <Field label="Note (optional)" htmlFor="subscription-extend-note">
        <Input
          id="subscription-extend-note"
          maxLength={TEXT_MAX}
          placeholder="e.g. Goodwill for the outage on 3 March"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="subscription-extend-note"
        />
      </Field>
      <Text
        size="small"
        className={extendsLater ? "text-ui-fg-subtle" : "text-ui-fg-error"}
        data-testid="subscription-extend-preview"
      >
        {newExpiry && extendsLater
          ? `New expiry: ${formatDate(newExpiry.toISOString())}`
          : mode === "days"
            ? "Enter a whole number of days (1–3650)."
            : "Pick a date after the current expiry."}
      </Text>
    </ActionPrompt>
  )
}
