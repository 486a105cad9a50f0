import { useSearchParams } from "react-router-dom"
import { isoDay, type AnalyticsInterval, type AnalyticsParams } from "../lib/analytics"

/** The page's range from the URL: a preset (default 30 days) or from/to dates. */
export function useAnalyticsRange() {
  const [searchParams, setSearchParams] = useSearchParams()
  const preset = searchParams.get("preset") ?? (searchParams.get("from") ? "custom" : "30")
  const interval = (["day", "week", "month"].includes(searchParams.get("interval") ?? "")
    ? searchParams.get("interval")
    : Number(preset) >= 180
      ? "month"
      : "day") as AnalyticsInterval
  const days = Number(preset) || 30
  const params: AnalyticsParams = {
    from: preset === "custom" ? searchParams.get("from") || isoDay(30) : isoDay(days - 1),
    to: preset === "custom" ? searchParams.get("to") || isoDay(0) : isoDay(0),
    interval,
    currency: searchParams.get("currency") || undefined,
  }
  const update = (changes: Record<string, string>) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )
  return { params, preset, update }
}
