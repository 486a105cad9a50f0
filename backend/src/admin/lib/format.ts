const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})

/** "25 Nov 2026, 14:05"; "—" when empty. */
export function formatDateTime(value: string | null | undefined) {
  return value ? dateTimeFormat.format(new Date(value)) : "—"
}

/** "3 min ago", "yesterday": for inbox-style lists (a date beyond a week). */
export function formatRelative(value: string) {
  const seconds = Math.round((new Date(value).getTime() - Date.now()) / 1000)
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" })
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60],
  ]
  if (Math.abs(seconds) >= 7 * 86400) {
    return dateTimeFormat.format(new Date(value))
  }
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return rtf.format(Math.round(seconds / size), unit)
    }
  }
  return rtf.format(seconds, "second")
}

/** "login_failed" → "Login failed": a readable fallback for codes the UI has no label for. */
export function humanize(code: string) {
  const text = code.replace(/[._]/g, " ").trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "2026-03-01" → Date at local midnight (date filters are in the admin's time zone); null if malformed. */
export function parseDay(value: string | null | undefined) {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null
}

/** Date → "2026-03-01" (local), for a date filter in the URL. */
export function formatDay(date: Date) {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The last millisecond of that local day: a "to" date includes the whole day. */
export function endOfDay(date: Date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 59, 999)
}
