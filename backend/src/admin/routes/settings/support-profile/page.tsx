import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Avatar, Button, Checkbox, Container, Heading, Input, Label, Skeleton, StatusBadge, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useSupportProfile, useUpdateSupportProfile, type SupportProfile } from "../../../lib/support-profile"

const DAYS = [
  { value: 1, label: "Mon" },
  { value: 2, label: "Tue" },
  { value: 3, label: "Wed" },
  { value: 4, label: "Thu" },
  { value: 5, label: "Fri" },
  { value: 6, label: "Sat" },
  { value: 0, label: "Sun" },
]
const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/

/** Every time zone the browser knows, for the picker's suggestions. */
const timeZones = (): string[] => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  return intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : ["UTC"]
}

type Form = { display_name: string; avatar_url: string; timezone: string; days: number[]; opens_at: string; closes_at: string }

const toForm = (p: SupportProfile): Form => ({
  display_name: p.display_name ?? "",
  avatar_url: p.avatar_url ?? "",
  timezone: p.hours.timezone,
  days: p.hours.days,
  opens_at: p.hours.opens_at,
  closes_at: p.hours.closes_at,
})

const Field = ({ label, htmlFor, hint, children }: { label: string; htmlFor: string; hint?: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small" weight="plus" htmlFor={htmlFor}>
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

/**
 * Settings → Support profile: the name and picture customers see on support's ticket replies and
 * chat messages, and the hours people answer live chat (the storefront's chat widget, help center
 * and the assistant's answers to guests follow them).
 */
const SupportProfilePage = () => {
  const { data: profile, isLoading, error } = useSupportProfile()
  const update = useUpdateSupportProfile()
  const [form, setForm] = useState<Form | null>(null)
  const zones = useMemo(timeZones, [])

  useEffect(() => {
    if (profile && !form) setForm(toForm(profile))
  }, [profile, form])

  if (error) {
    return (
      <Container className="p-6">
        <Text className="text-ui-fg-error">Could not load the support profile: {error.message}</Text>
      </Container>
    )
  }
  if (isLoading || !profile || !form) {
    return (
      <Container className="flex flex-col gap-y-3 p-6">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="h-24 w-full" />
      </Container>
    )
  }

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value })
  const toggleDay = (day: number, on: boolean) =>
    set("days", on ? [...new Set([...form.days, day])].sort() : form.days.filter((d) => d !== day))
  const timesValid = TIME.test(form.opens_at) && TIME.test(form.closes_at) && form.opens_at < form.closes_at
  const avatarValid = !form.avatar_url.trim() || /^https?:\/\/\S+$/.test(form.avatar_url.trim())
  const zoneValid = zones.includes(form.timezone) || form.timezone === "UTC"
  const canSave = timesValid && avatarValid && zoneValid && form.display_name.trim().length <= 80

  const save = () =>
    update.mutate(
      {
        display_name: form.display_name.trim() || null,
        avatar_url: form.avatar_url.trim() || null,
        timezone: form.timezone,
        days: form.days,
        opens_at: form.opens_at,
        closes_at: form.closes_at,
      },
      {
        onSuccess: ({ support_profile }) => {
          setForm(toForm(support_profile))
          toast.success("Support profile saved", {
            description: support_profile.hours.text ? `Live chat: ${support_profile.hours.text}` : "No live chat hours",
          })
        },
        onError: (e) => toast.error("Could not save the support profile", { description: e.message }),
      }
    )

  const preview = form.display_name.trim() || "Alex from support"
  return (
    <Container className="divide-y p-0" data-testid="support-profile">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Support profile</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What customers see on support's replies, and when people answer live chat.
          </Text>
        </div>
        <StatusBadge color={profile.open ? "green" : "grey"} data-testid="support-profile-open">
          {profile.open ? "Chat open now" : "Chat closed now"}
        </StatusBadge>
      </div>

      <div className="grid gap-6 px-6 py-4 md:grid-cols-2">
        <Field label="Display name" htmlFor="support-display-name" hint="Empty: the replying admin's first name (“Alex from support”).">
          <Input
            id="support-display-name"
            maxLength={80}
            placeholder="e.g. CloudServices Support"
            value={form.display_name}
            onChange={(e) => set("display_name", e.target.value)}
            data-testid="support-display-name"
          />
        </Field>
        <Field label="Avatar URL" htmlFor="support-avatar-url" hint={avatarValid ? "An https image, shown beside support's messages." : "Use an http(s) URL."}>
          <Input
            id="support-avatar-url"
            type="url"
            placeholder="https://…/support.png"
            value={form.avatar_url}
            onChange={(e) => set("avatar_url", e.target.value)}
            aria-invalid={!avatarValid}
            data-testid="support-avatar-url"
          />
        </Field>
        <div className="bg-ui-bg-subtle flex items-center gap-x-3 rounded-md p-3 md:col-span-2" data-testid="support-profile-preview">
          <Avatar src={avatarValid && form.avatar_url.trim() ? form.avatar_url.trim() : undefined} fallback={preview.slice(0, 1).toUpperCase()} />
          <div>
            <Text size="small" weight="plus">
              {preview}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              How a reply on a ticket or in the chat is signed.
            </Text>
          </div>
        </div>
      </div>

      <div className="flex flex-col gap-y-4 px-6 py-4">
        <Heading level="h2">Live chat hours</Heading>
        <Field label="Time zone" htmlFor="support-timezone" hint={zoneValid ? undefined : "Pick a time zone from the list (e.g. Europe/Berlin)."}>
          <Input
            id="support-timezone"
            list="support-timezones"
            value={form.timezone}
            onChange={(e) => set("timezone", e.target.value)}
            aria-invalid={!zoneValid}
            data-testid="support-timezone"
          />
          <datalist id="support-timezones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </Field>
        <fieldset className="flex flex-col gap-y-2">
          <legend className="mb-2">
            <Label size="small" weight="plus">
              Days
            </Label>
          </legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {DAYS.map((d) => (
              <div key={d.value} className="flex items-center gap-x-2">
                <Checkbox
                  id={`support-day-${d.value}`}
                  checked={form.days.includes(d.value)}
                  onCheckedChange={(v) => toggleDay(d.value, v === true)}
                  data-testid={`support-day-${d.value}`}
                />
                <Label size="small" htmlFor={`support-day-${d.value}`}>
                  {d.label}
                </Label>
              </div>
            ))}
          </div>
          {!form.days.length && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              No days: guests are sent to the contact form, customers to tickets.
            </Text>
          )}
        </fieldset>
        <div className="grid grid-cols-2 gap-4 sm:max-w-sm">
          <Field label="Opens" htmlFor="support-opens-at">
            <Input
              id="support-opens-at"
              placeholder="08:00"
              value={form.opens_at}
              onChange={(e) => set("opens_at", e.target.value)}
              aria-invalid={!timesValid}
              data-testid="support-opens-at"
            />
          </Field>
          <Field label="Closes" htmlFor="support-closes-at">
            <Input
              id="support-closes-at"
              placeholder="20:00"
              value={form.closes_at}
              onChange={(e) => set("closes_at", e.target.value)}
              aria-invalid={!timesValid}
              data-testid="support-closes-at"
            />
          </Field>
        </div>
        {!timesValid && (
          <Text size="xsmall" className="text-ui-fg-error">
            Use HH:MM (24-hour; closing may be 24:00), opening before closing.
          </Text>
        )}
        <Text size="small" className="text-ui-fg-subtle" data-testid="support-hours-text">
          Published now: {profile.hours.text ?? "no live chat hours"}
        </Text>
      </div>

      <div className="flex justify-end gap-x-2 px-6 py-4">
        <Button variant="secondary" size="small" onClick={() => setForm(toForm(profile))} disabled={update.isPending}>
          Reset
        </Button>
        <Button size="small" onClick={save} disabled={!canSave} isLoading={update.isPending} data-testid="support-profile-save">
          Save
        </Button>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Support profile",
  icon: ChatBubbleLeftRight,
})

export default SupportProfilePage
