export type BillingInterval = "day" | "week" | "month" | "year"

/** `date` moved forward by `count` intervals (month ends clamp: Jan 31 + 1 month = Feb 28/29). */
export function addInterval(date: Date, interval: BillingInterval, count: number): Date {
  const d = new Date(date.getTime())
  switch (interval) {
    case "day":
      d.setUTCDate(d.getUTCDate() + count)
      return d
    case "week":
      d.setUTCDate(d.getUTCDate() + 7 * count)
      return d
    case "year":
      return addInterval(d, "month", 12 * count)
    case "month": {
      const day = d.getUTCDate()
      d.setUTCDate(1)
      d.setUTCMonth(d.getUTCMonth() + count)
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
      d.setUTCDate(Math.min(day, last))
      return d
    }
  }
}

export const DAY_MS = 86_400_000

export function subscriptionNumber(displayId: number | string): string {
  return `SUB-${10000 + Number(displayId)}`
}

/** Whole days from `asOf` until `expiresAt`, rounded up (0 once expired). */
export function daysLeft(expiresAt: Date, asOf: Date): number {
  return Math.max(0, Math.ceil((expiresAt.getTime() - asOf.getTime()) / DAY_MS))
}
