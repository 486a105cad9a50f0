/**
 * Support's chat hours: whether people answer at a moment, and the sentence that says when.
 * Pure functions over the support profile (GET /store/support, the assistant's guest answers).
 */
export type SupportHours = {
  timezone: string
  /** weekdays, 0 = Sunday … 6 = Saturday */
  days: number[]
  /** "HH:MM" */
  opens_at: string
  /** "HH:MM", "24:00" for midnight */
  closes_at: string
}

export type SupportProfileView = SupportHours & { display_name: string | null; avatar_url: string | null }

/** Until an admin saves the profile: Monday to Friday, 08:00–20:00 UTC, no name or picture. */
export const DEFAULT_SUPPORT_PROFILE: SupportProfileView = {
  display_name: null,
  avatar_url: null,
  timezone: "UTC",
  days: [1, 2, 3, 4, 5],
  opens_at: "08:00",
  closes_at: "20:00",
}

export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const
const SHORT_DAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 }

export const TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number)
  return h * 60 + m
}

/** Whether `timezone` is a time zone this runtime knows. */
export function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone })
    return true
  } catch {
    return false
  }
}

/** Whether people answer chat at `asOf` (weekday and time read in the profile's time zone). */
export function supportOpenAt(hours: SupportHours, asOf: Date): boolean {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: hours.timezone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(asOf)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  const day = SHORT_DAYS[part("weekday")]
  const now = Number(part("hour")) * 60 + Number(part("minute"))
  return hours.days.includes(day) && now >= minutes(hours.opens_at) && now < minutes(hours.closes_at)
}

/** "Monday to Friday", "Monday, Wednesday and Friday", "every day". */
export function describeDays(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  if (sorted.length === 7) {
    return "every day"
  }
  const runs: number[][] = []
  for (const d of sorted) {
    const run = runs[runs.length - 1]
    if (run && run[run.length - 1] === d - 1) run.push(d)
    else runs.push([d])
  }
  const parts = runs.flatMap((r) =>
    r.length >= 3 ? [`${DAY_NAMES[r[0]]} to ${DAY_NAMES[r[r.length - 1]]}`] : r.map((d) => DAY_NAMES[d])
  )
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`
}

/** "Monday to Friday, 08:00–20:00 UTC"; null when nobody answers chat on any day. */
export function describeSupportHours(hours: SupportHours): string | null {
  if (!hours.days.length) {
    return null
  }
  return `${describeDays(hours.days)}, ${hours.opens_at}–${hours.closes_at} ${hours.timezone}`
}
